package nl.kompas.platform.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes compressed once and sent many times: cached pages and theme assets. Always the densest
 * setting, since the cost is paid once per version and the saving on every response.
 */
public final class Compression {

    private Compression() {}

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    /** Brotli at its densest, or null where the native encoder is not available. */
    public static byte[] brotli(byte[] bytes) {
        return Brotli.isAvailable() ? Brotli.compress(bytes) : null;
    }

    /**
     * The Content-Encoding to send for an Accept-Encoding header: "br" when Brotli bytes exist and
     * are accepted, else "gzip" when accepted, else null for the bytes as they are.
     */
    public static String choose(String acceptEncoding, boolean brotliAvailable) {
        AcceptedEncodings accepted = AcceptedEncodings.parse(acceptEncoding);
        if (brotliAvailable && accepted.brotli()) {
            return "br";
        }
        return accepted.gzip() ? "gzip" : null;
    }
}
