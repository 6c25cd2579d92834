package nl.kompas.feed;

import java.util.Arrays;
import java.util.Optional;

/** The formats the article feed is published in, each at its own address. */
public enum FeedFormat {
    RSS("/artikelen/rss.xml", "rss_2.0", "application/rss+xml"),
    ATOM("/artikelen/atom.xml", "atom_1.0", "application/atom+xml");

    private final String path;
    private final String romeType;
    private final String mediaType;

    FeedFormat(String path, String romeType, String mediaType) {
        this.path = path;
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    /** The feed's address on the site, such as "/artikelen/rss.xml". */
    public String path() {
        return path;
    }

    /** Rome's name for the format. */
    String romeType() {
        return romeType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String contentType() {
        return mediaType + "; charset=UTF-8";
    }

    static Optional<FeedFormat> at(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
