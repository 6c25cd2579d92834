package nl.kompas.sharing;

import java.util.List;

/**
 * What the head of one page says to networks and search engines: the OpenGraph and X card values
 * and the page's JSON-LD. The page template writes it; see WEB-INF/includes/share-meta.xhtml.
 * (A class with getters rather than a record: Jakarta EL 5 sees no record accessors.)
 */
public final class PagePreview {

    private final String title;
    private final String description;
    private final String url;
    private final String type;
    private final String locale;
    private final PreviewImage image;
    private final String publishedTime;
    private final String modifiedTime;
    private final List<String> authorUrls;
    private final List<String> tags;
    private final List<String> jsonLd;

    private PagePreview(Builder builder) {
        this.title = builder.title;
        this.description = builder.description;
        this.url = builder.url;
        this.type = builder.type;
        this.locale = builder.locale;
        this.image = builder.image;
        this.publishedTime = builder.publishedTime;
        this.modifiedTime = builder.modifiedTime;
        this.authorUrls = List.copyOf(builder.authorUrls);
        this.tags = List.copyOf(builder.tags);
        this.jsonLd = List.copyOf(builder.jsonLd);
    }

    static Builder builder(String title, String description, String url, String locale, PreviewImage image) {
        return new Builder(title, description, url, locale, image);
    }

    /** The title without the site's name, which og:site_name carries. */
    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    /** The page's canonical, absolute address. */
    public String getUrl() {
        return url;
    }

    /** The og:type: "article", "profile" or "website". */
    public String getType() {
        return type;
    }

    /** The og:locale, such as "nl_NL". */
    public String getLocale() {
        return locale;
    }

    public PreviewImage getImage() {
        return image;
    }

    /** For articles and cases: the date of publication (ISO 8601), else null. */
    public String getPublishedTime() {
        return publishedTime;
    }

    public String getModifiedTime() {
        return modifiedTime;
    }

    /** For articles: each author's profile address. */
    public List<String> getAuthorUrls() {
        return authorUrls;
    }

    public List<String> getTags() {
        return tags;
    }

    /** Each element's text for a script of type application/ld+json, already safe to write unescaped. */
    public List<String> getJsonLd() {
        return jsonLd;
    }

    static final class Builder {
        private final String title;
        private final String description;
        private final String url;
        private final String locale;
        private final PreviewImage image;
        private String type = "website";
        private String publishedTime;
        private String modifiedTime;
        private List<String> authorUrls = List.of();
        private List<String> tags = List.of();
        private List<String> jsonLd = List.of();

        private Builder(String title, String description, String url, String locale, PreviewImage image) {
            this.title = title;
            this.description = description;
            this.url = url;
            this.locale = locale;
            this.image = image;
        }

        Builder type(String ogType) {
            this.type = ogType;
            return this;
        }

        Builder times(String published, String modified) {
            this.publishedTime = published;
            this.modifiedTime = modified;
            return this;
        }

        Builder authors(List<String> profileUrls) {
            this.authorUrls = profileUrls;
            return this;
        }

        Builder tags(List<String> tagNames) {
            this.tags = tagNames;
            return this;
        }

        Builder jsonLd(List<String> scriptTexts) {
            this.jsonLd = scriptTexts;
            return this;
        }

        PagePreview build() {
            return new PagePreview(this);
        }
    }
}
