package nl.kompas.media;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.kompas.platform.web.AdminLanguage;

/**
 * Answers an upload of unknown length or malformed with 411 or 400, and one to the media page that
 * is far over its limit with 413, each with a short page that says so, before Faces and PrimeFaces
 * read it: they would fail on it with a 500. An image a little over the limit passes, so that the
 * media library refuses it with a message next to the file field. Mapped in web.xml to the admin,
 * the only place that takes uploads; other admin pages that take files (an import) set their own
 * limits.
 */
public class UploadGuard extends HttpFilter {

    /** Room for the multipart framing and the form's other fields around the file itself. */
    static final long FORM_ALLOWANCE = 1024L * 1024L;

    /** The page whose uploads are images of the media library. */
    static final String MEDIA_PAGE = "/admin/media.xhtml";

    @Inject
    MediaLibrary library;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod())
                || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0) {
            // Browsers always send the length of a form; without it the size is known only once read.
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "media.upload.length-required");
            return;
        }
        if (MEDIA_PAGE.equals(request.getServletPath()) && length > library.maxUploadBytes() + FORM_ALLOWANCE) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "media.upload.too-large",
                    library.getMaxUploadMb());
            return;
        }
        try {
            // Read here, where a broken body can be answered; the parts are kept for Faces.
            request.getParts();
        } catch (IOException | ServletException | IllegalStateException e) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "media.upload.malformed");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String key, Object... arguments)
            throws IOException {
        Locale locale = AdminLanguage.of(request);
        ResourceBundle messages = ResourceBundle.getBundle("nl.kompas.messages", locale);
        String text = new MessageFormat(messages.getString(key), locale).format(arguments);
        response.setStatus(status);
        // The rest of the body is not read: ask the client not to send another request on this connection.
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>"
                        + html(messages.getString("media.upload.refused.title")) + "</title><p>"
                        + html(text) + "</p><p><a href=\"" + html(request.getServletPath()) + "\">"
                        + html(messages.getString("media.upload.back")) + "</a></p></html>");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
