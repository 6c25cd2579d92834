package nl.kompas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Lets the error pages of web.xml render for any failed request, whatever its method or body.
 *
 * <p>The container renders an error page inside the failed request. Without this filter, Faces
 * would see a POST as a postback and read its body: an oversized or malformed body then turned a
 * 404 or 405 into a 500. Here the error page sees a plain GET without parameters, at its own
 * servlet path (Faces otherwise guesses a "/" prefix mapping from the original request and logs a
 * warning for every 404), and it gets the same security headers as every other page.
 */
@WebFilter(filterName = "ErrorPages", urlPatterns = "/views/errors/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPages extends HttpFilter {

    @Inject
    SecurityHeaders securityHeaders;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders.addTo(response);
        chain.doFilter(new PlainGet(request), response);
    }

    /** The failed request as a GET of the error page, with no parameters and no body. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        private final String servletPath;

        PlainGet(HttpServletRequest request) {
            super(request);
            servletPath =
                    request.getRequestURI().substring(request.getContextPath().length());
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getServletPath() {
            return servletPath;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
