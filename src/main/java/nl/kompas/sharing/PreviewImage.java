package nl.kompas.sharing;

/**
 * The picture a shared link shows, with what og:image and the X card say about it. (A class with
 * getters rather than a record: Jakarta EL 5 sees no record accessors.)
 */
public final class PreviewImage {

    private final String url;
    private final int width;
    private final int height;
    private final String type;
    private final String alt;

    PreviewImage(String url, int width, int height, String type, String alt) {
        this.url = url;
        this.width = width;
        this.height = height;
        this.type = type;
        this.alt = alt;
    }

    /** Absolute: crawlers of other sites read it without knowing where they found it. */
    public String getUrl() {
        return url;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    /** The media type, such as "image/png". */
    public String getType() {
        return type;
    }

    public String getAlt() {
        return alt;
    }
}
