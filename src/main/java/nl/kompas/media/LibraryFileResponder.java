package nl.kompas.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers a request for a library file. Its name holds the hash of its bytes, so the answer may be
 * kept for a year by every browser and proxy and never asked for again; a browser that asks anyway
 * (a reload) gets a 304 for its strong ETag.
 */
@ApplicationScoped
public class LibraryFileResponder {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    @Inject
    MediaLibrary library;

    /**
     * Writes the file of that name, or a 304, and returns true; returns false, having written
     * nothing, when the name is not one of the library's.
     */
    public boolean respond(String fileName, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<MediaName> name = MediaName.parse(fileName);
        if (name.isEmpty()) {
            return false;
        }
        // The tag is known from the name alone: a 304 needs no bytes from the database.
        String etag = etag(name.get());
        if (matches(request.getHeader("If-None-Match"), etag)) {
            if (!library.hasFile(fileName)) {
                return false;
            }
            headers(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        Optional<MediaFile> file = library.file(fileName);
        if (file.isEmpty()) {
            return false;
        }
        headers(response, etag);
        response.setContentType(file.get().getType().contentType());
        // Payara gives every response the charset of glassfish-web.xml's parameter-encoding; an
        // image has none (Servlet 6: null clears it).
        response.setCharacterEncoding(null);
        response.setContentLength(file.get().getBytes().length);
        response.getOutputStream().write(file.get().getBytes());
        return true;
    }

    static String etag(MediaName name) {
        return "\"" + name.hash() + (name.width() == null ? "" : "-" + name.width() + "w") + "\"";
    }

    /** If-None-Match holds one tag, a list, or "*"; it compares weakly (RFC 9110, 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void headers(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
