package nl.kompas.theme;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the active theme's assets at {@code /theme/{hash}/{name}} from memory. The hash is the
 * content's, so a response may be cached for a year; a stale hash redirects to the current one.
 */
@WebServlet(name = "ThemeAssets", urlPatterns = "/theme/*")
public class ThemeAssetServlet extends HttpServlet {

    private static final long ONE_YEAR = 365L * 24 * 3600;

    @Inject
    ActiveTheme theme;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        int slash = path == null ? -1 : path.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String hash = path.substring(1, slash);
        Optional<ThemeAsset> found = theme.current().asset(path.substring(slash + 1));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ThemeAsset asset = found.get();
        if (!asset.hash().equals(hash)) {
            response.setHeader("Cache-Control", "no-cache");
            response.sendRedirect(request.getContextPath() + theme.asset(asset.name()));
            return;
        }
        String etag = "\"" + asset.hash() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + ONE_YEAR + ", immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.contentType());
        response.setContentLength(asset.bytes().length);
        response.getOutputStream().write(asset.bytes());
    }
}
