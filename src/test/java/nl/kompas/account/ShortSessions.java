package nl.kompas.account;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Added to SessionTimeoutIT's deployment only. site.admin.session-timeout-minutes counts whole
 * minutes, so a test of it would wait more than a minute; this gives every new session the
 * idle timeout of the system property test.session-timeout-seconds instead (set on the
 * "payara-micro-idle" container in arquillian.xml). What the test shows is the same: the container
 * ends a session that was idle for its timeout, and the admin answers its next request with the
 * login page. (AccountsIT shows that the setting itself becomes the sessions' timeout.)
 */
@WebListener
public class ShortSessions implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Integer.getInteger("test.session-timeout-seconds"));
    }
}
