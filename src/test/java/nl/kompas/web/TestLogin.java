package nl.kompas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * Added to AdminEditorIT's deployment only, until the site's own login exists: a request with the
 * cookie "kompas-test-as=editor" is the editor Eva Redacteur. When the accounts feature brings its
 * own authentication mechanism, this one goes and the test logs in for real.
 */
@ApplicationScoped
public class TestLogin implements HttpAuthenticationMechanism {

    static final String COOKIE = "kompas-test-as";

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "editor".equals(cookie.getValue())) {
                    return context.notifyContainerAboutLogin("Eva Redacteur", Set.of("editor"));
                }
            }
        }
        return context.doNothing();
    }
}
