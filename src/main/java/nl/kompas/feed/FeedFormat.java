package nl.kompas.feed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats every feed is published in. A feed lives beside the page it follows, under the file
 * name of its format: "/artikelen/rss.xml", "/artikelen/categorie/adviseren/atom.xml".
 */
public enum FeedFormat {
    RSS("rss.xml", "rss_2.0", "application/rss+xml"),
    ATOM("atom.xml", "atom_1.0", "application/atom+xml");

    private final String fileName;
    private final String romeType;
    private final String mediaType;

    FeedFormat(String fileName, String romeType, String mediaType) {
        this.fileName = fileName;
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    /** The feed of the page at {@code pagePath} in this format, such as "/artikelen/rss.xml". */
    public String pathFor(String pagePath) {
        return pagePath + "/" + fileName;
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

    /** The format whose file name this is ("rss.xml"). */
    static Optional<FeedFormat> named(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }
}
