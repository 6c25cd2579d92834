package nl.kompas.platform.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * Brotli through Brotli4j's native encoder. The WAR carries the natives for Linux on x86-64 and
 * ARM64; elsewhere Brotli is simply not offered and gzip serves.
 */
final class Brotli {

    private static final Logger LOG = Logger.getLogger(Brotli.class.getName());

    /** The densest setting: a page is compressed once, in the background, and sent many times. */
    private static final Encoder.Parameters BEST = new Encoder.Parameters().setQuality(11);

    private static final boolean AVAILABLE = load();

    private Brotli() {}

    static boolean isAvailable() {
        return AVAILABLE;
    }

    static byte[] compress(byte[] bytes) {
        try {
            return Encoder.compress(bytes, BEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            LOG.warning("Brotli is not available on this platform, pages are sent with gzip: " + e);
            return false;
        }
    }
}
