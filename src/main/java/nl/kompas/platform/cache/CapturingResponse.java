package nl.kompas.platform.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A response that keeps the body of a render in memory instead of sending it, so the page cache
 * can store it and then serve it. Status and headers go to the real response as usual and are
 * noted too, so a later hit can replay them; errors and redirects go straight through, and such a
 * response is never kept.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    /** Headers that the cache sets itself, or that must never be replayed to another visitor. */
    private static final List<String> NOT_REPLAYED = List.of(
            "set-cookie", "content-length", "etag", "last-modified", "cache-control", "vary", "content-encoding");

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private final List<CachedPage.Header> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean sentErrorOrRedirect;
    private boolean setsCookie;
    private boolean declaresPrivate;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether what was rendered may be stored and served to every visitor. */
    boolean isShareable() {
        return getStatus() == SC_OK && !sentErrorOrRedirect && !setsCookie && !declaresPrivate;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    List<CachedPage.Header> replayedHeaders() {
        List<CachedPage.Header> replayed = new ArrayList<>();
        if (getContentType() != null) {
            replayed.add(new CachedPage.Header("Content-Type", getContentType()));
        }
        for (CachedPage.Header header : headers) {
            if (!NOT_REPLAYED.contains(header.name().toLowerCase(Locale.ROOT))) {
                replayed.add(header);
            }
        }
        return replayed;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (stream == null) {
            stream = new BufferStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // Nothing is sent while rendering: flushing only moves the writer's characters into the body.
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return sentErrorOrRedirect || super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
        headers.clear();
    }

    @Override
    public void setContentLength(int length) {
        // The cache sets the length of the encoding it sends.
    }

    @Override
    public void setContentLengthLong(long length) {}

    @Override
    public void sendError(int status, String message) throws IOException {
        sentErrorOrRedirect = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        sentErrorOrRedirect = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        sentErrorOrRedirect = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        note(name, value, true);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        note(name, value, false);
        super.addHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long date) {
        // Only Expires and Last-Modified are set as dates, and the cache owns both.
        super.setDateHeader(name, date);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    private void note(String name, String value, boolean replace) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.equals("set-cookie")) {
            setsCookie = true;
        }
        if (lowerName.equals("cache-control") && value != null) {
            String lowerValue = value.toLowerCase(Locale.ROOT);
            declaresPrivate = lowerValue.contains("private") || lowerValue.contains("no-store");
        }
        if (replace) {
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
        }
        if (value != null) {
            headers.add(new CachedPage.Header(name, value));
        }
    }

    private final class BufferStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("A render is captured synchronously");
        }
    }
}
