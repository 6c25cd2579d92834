package nl.kompas.platform.cache;

/** The encodings a cached page is kept in. */
enum ContentEncoding {
    IDENTITY(null, ""),
    GZIP("gzip", "-gz"),
    BROTLI("br", "-br");

    private final String headerValue;
    private final String etagSuffix;

    ContentEncoding(String headerValue, String etagSuffix) {
        this.headerValue = headerValue;
        this.etagSuffix = etagSuffix;
    }

    /** The Content-Encoding header value, or null for identity. */
    String headerValue() {
        return headerValue;
    }

    String etagSuffix() {
        return etagSuffix;
    }
}
