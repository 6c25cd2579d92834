package nl.kompas.sitemap;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.PublicDocumentServlet;

/**
 * /robots.txt: search engines keep out of the admin and of the site's own search results (endless
 * pages of what they index already), and find the sitemap at its full address.
 */
@WebServlet(name = "RobotsTxt", urlPatterns = "/robots.txt")
public class RobotsTxtServlet extends PublicDocumentServlet {

    @Inject
    SiteConfig site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter()
                .write("User-agent: *\nDisallow: /admin\nDisallow: /zoeken\n\nSitemap: " + site.absolute("/sitemap.xml")
                        + "\n");
    }
}
