package nl.kompas.content;

import java.util.Locale;

/** Whether visitors may see an item. Only published items ever reach a public page. */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED;

    /** How a content file spells the status: "draft", "published". */
    public String frontMatterName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads the front-matter spelling ("draft", "published"); null when it is neither. */
    public static PublicationStatus fromFrontMatter(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "draft", "concept" -> DRAFT;
            case "published", "gepubliceerd" -> PUBLISHED;
            default -> null;
        };
    }
}
