package nl.kompas.transfer;

/**
 * How much an import takes. A zip is small on the wire but can unpack to far more (a "zip bomb"),
 * so both what is uploaded and what it unpacks to are bounded, counted as the bytes come out
 * rather than trusted from the zip's own headers.
 *
 * @param maxZipBytes the largest zip that is accepted
 * @param maxUnpackedBytes what all its content files and media together may unpack to
 * @param maxEntries how many entries the zip may have, folders and skipped files included
 * @param maxTextFileBytes the largest Markdown file: a content file is text, not a book
 */
public record ImportLimits(long maxZipBytes, long maxUnpackedBytes, int maxEntries, long maxTextFileBytes) {

    static final long MEGABYTE = 1024L * 1024L;

    /**
     * Limits for a zip of at most this many megabytes. Text packs to about a fifth, images hardly
     * at all, so five times the zip is room enough for an honest export.
     */
    public static ImportLimits ofMegabytes(int megabytes) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("An import needs at least 1 MB");
        }
        return new ImportLimits(megabytes * MEGABYTE, 5 * megabytes * MEGABYTE, 50_000, MEGABYTE);
    }

    /** Whole megabytes, for messages. */
    static long inMegabytes(long bytes) {
        return Math.max(1, bytes / MEGABYTE);
    }
}
