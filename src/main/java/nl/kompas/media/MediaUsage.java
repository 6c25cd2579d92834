package nl.kompas.media;

/**
 * A piece of content that shows a library image, named as an editor knows it.
 *
 * @param kind what the content is; its message key is {@code media.usage.<kind>}
 * @param title the article's, case's or service page's title, or the consultant's name
 */
public record MediaUsage(Kind kind, String title) {

    public enum Kind {
        ARTICLE,
        CASE,
        SERVICE,
        CONSULTANT;

        public String messageKey() {
            return "media.usage." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
