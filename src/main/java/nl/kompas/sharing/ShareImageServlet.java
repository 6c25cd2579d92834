package nl.kompas.sharing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the drawn share images at {@code /deelbeeld/…}. An address names the hash of its picture,
 * so the answer may be kept for a year by every cache on the way; an address with an older hash
 * (the title changed since) redirects to the current picture, and an unpublished item has none.
 */
@WebServlet(name = "ShareImages", urlPatterns = ShareImages.PATH + "*")
public class ShareImageServlet extends HttpServlet {

    private static final long ONE_YEAR = 365L * 24 * 3600;

    @Inject
    ShareImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        Optional<ShareImages.Answer> found = images.answer(request.getPathInfo());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ShareImages.Answer answer = found.get();
        if (answer.isMoved()) {
            response.setHeader("Cache-Control", "no-cache");
            response.sendRedirect(request.getContextPath() + answer.currentPath());
            return;
        }
        String etag = "\"" + answer.hash() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + ONE_YEAR + ", immutable");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/png");
        // parameter-encoding in glassfish-web.xml makes Payara give every response a charset; a PNG has none.
        response.setCharacterEncoding((String) null);
        response.setContentLength(answer.png().length);
        response.getOutputStream().write(answer.png());
    }
}
