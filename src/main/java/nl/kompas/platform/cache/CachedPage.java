package nl.kompas.platform.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One rendered page as the cache keeps it: the bytes in each encoding, the headers the page set,
 * its validators and the tags of what it showed. Immutable except for the Brotli bytes, which
 * arrive a little later from a background compression.
 */
final class CachedPage {

    /** A header the page set while rendering, replayed on every hit. */
    record Header(String name, String value) {}

    /** RFC 9110's IMF-fixdate; RFC_1123_DATE_TIME would drop the day's leading zero. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final byte[] identity;
    private final byte[] gzip;
    private volatile byte[] brotli;
    private final String[] etags;
    private final long lastModifiedMillis;
    private final String lastModified;
    private final List<Header> headers;
    private final Set<String> tags;

    CachedPage(
            byte[] identity,
            byte[] gzip,
            String etag,
            long lastModifiedMillis,
            List<Header> headers,
            Set<String> tags) {
        this.identity = identity;
        this.gzip = gzip;
        // Built once here, not on every hit.
        this.etags = new String[ContentEncoding.values().length];
        for (ContentEncoding encoding : ContentEncoding.values()) {
            etags[encoding.ordinal()] = "\"" + etag + encoding.etagSuffix() + "\"";
        }
        this.lastModifiedMillis = lastModifiedMillis;
        this.lastModified = HTTP_DATE.format(Instant.ofEpochMilli(lastModifiedMillis));
        this.headers = List.copyOf(headers);
        this.tags = Set.copyOf(tags);
    }

    byte[] bytes(ContentEncoding encoding) {
        return switch (encoding) {
            case IDENTITY -> identity;
            case GZIP -> gzip;
            case BROTLI -> brotli;
        };
    }

    /** The best encoding this page has for what the client accepts. */
    ContentEncoding encodingFor(AcceptedEncodings accepted) {
        if (brotli != null && accepted.brotli()) {
            return ContentEncoding.BROTLI;
        }
        return accepted.gzip() ? ContentEncoding.GZIP : ContentEncoding.IDENTITY;
    }

    void brotli(byte[] compressed) {
        this.brotli = compressed;
    }

    /**
     * The strong ETag of one encoding. Each encoding is a different representation, so each has
     * its own tag; all share the hash of the identity bytes.
     */
    String etag(ContentEncoding encoding) {
        return etags[encoding.ordinal()];
    }

    /** Last-Modified as an HTTP date: "Mon, 23 Nov 2026 04:45:34 GMT". */
    String lastModified() {
        return lastModified;
    }

    /** Whether an If-None-Match value names this page in any of its encodings (weak comparison). */
    boolean matches(String ifNoneMatch) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            for (ContentEncoding encoding : ContentEncoding.values()) {
                if (tag.equals(etag(encoding))) {
                    return true;
                }
            }
        }
        return false;
    }

    long lastModifiedMillis() {
        return lastModifiedMillis;
    }

    List<Header> headers() {
        return headers;
    }

    boolean isTagged(Set<String> anyOf) {
        for (String tag : anyOf) {
            if (tags.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The memory the page takes, roughly: what the cache's size bound counts. */
    int weight() {
        byte[] br = brotli;
        return identity.length + gzip.length + (br == null ? identity.length / 5 : br.length) + 512;
    }
}
