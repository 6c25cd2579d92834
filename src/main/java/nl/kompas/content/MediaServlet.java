package nl.kompas.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.kompas.media.LibraryFileResponder;
import nl.kompas.platform.SiteConfig;

/**
 * Serves images at /media/{name}: the media library's files (named with the hash of their bytes)
 * first, then the files of the content folder's media/ directory that Markdown files refer to.
 * Only image types are served, and only from those two places.
 */
@WebServlet(name = "Media", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "webp", "image/webp",
            "gif", "image/gif");

    @Inject
    SiteConfig site;

    @Inject
    LibraryFileResponder library;

    /** Whether a file of media/ with this name is served: an image type, and a name without paths or spaces. */
    public static boolean serves(String name) {
        return name.matches("[A-Za-z0-9._-]+") && TYPES.containsKey(extension(name));
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (library.respond(name, request, response)) {
            return;
        }
        Path folder = site.getContentDir().resolve("media");
        Path file = folder.resolve(name).normalize();
        if (!serves(name) || !file.startsWith(folder) || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag =
                "\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // An SVG opened on its own must not run script.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(TYPES.get(extension(name)));
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
