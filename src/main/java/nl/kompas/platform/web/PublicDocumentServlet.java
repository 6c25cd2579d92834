package nl.kompas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kompas.platform.cache.CacheablePage;

/**
 * A public document that a servlet writes rather than a Faces view: the feeds, the sitemap,
 * robots.txt. It holds to what {@link SiteRoutes} gives every page: GET and HEAD only, the same
 * security headers, and the same bytes for every visitor, so the page cache may keep it.
 * Subclasses implement {@code doGet}; HEAD comes with it.
 */
public abstract class PublicDocumentServlet extends HttpServlet {

    @Inject
    SecurityHeaders securityHeaders;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        securityHeaders.addTo(response);
        CacheablePage.mark(request);
        super.service(request, response);
    }
}
