package nl.kompas.theme;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kompas.platform.cache.Compression;

/**
 * Serves the active theme's assets at {@code /theme/{hash}/{name}} from memory. The hash is the
 * content's, so a response may be cached for a year; a stale hash redirects to the current one.
 * Text assets (CSS, SVG, scripts) go out with gzip or Brotli when the browser accepts it,
 * compressed once on their first request.
 */
@WebServlet(name = "ThemeAssets", urlPatterns = "/theme/*")
public class ThemeAssetServlet extends HttpServlet {

    private static final long ONE_YEAR = 365L * 24 * 3600;

    @Inject
    ActiveTheme theme;

    /** Compressed forms by asset hash: each version of a file is compressed once. */
    private final Map<String, Compressed> compressed = new ConcurrentHashMap<>();

    private record Compressed(byte[] gzip, byte[] brotli) {}

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
        byte[] bytes = asset.bytes();
        String encoding = null;
        if (isText(asset)) {
            Compressed forms = compressed.computeIfAbsent(
                    asset.hash(),
                    key -> new Compressed(Compression.gzip(asset.bytes()), Compression.brotli(asset.bytes())));
            encoding = Compression.choose(request.getHeader("Accept-Encoding"), forms.brotli() != null);
            if ("br".equals(encoding)) {
                bytes = forms.brotli();
            } else if ("gzip".equals(encoding)) {
                bytes = forms.gzip();
            }
            response.setHeader("Vary", "Accept-Encoding");
        }
        // Each encoding is its own representation, so each has its own strong tag.
        String etag = "\"" + asset.hash() + (encoding == null ? "" : "-" + encoding) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + ONE_YEAR + ", immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (encoding != null) {
            response.setHeader("Content-Encoding", encoding);
        }
        response.setContentType(asset.contentType());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static boolean isText(ThemeAsset asset) {
        String type = asset.contentType();
        return type.startsWith("text/")
                || type.startsWith("image/svg")
                || type.contains("json")
                || type.contains("xml");
    }
}
