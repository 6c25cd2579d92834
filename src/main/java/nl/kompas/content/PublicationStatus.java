package nl.kompas.content;

import java.util.Locale;

/**
 * Where an item is in the editing workflow. Only {@link #PUBLISHED} items ever reach a public page,
 * list, feed or sitemap: every public query asks for that status alone, so a new status is private
 * until someone deliberately makes it public.
 */
public enum PublicationStatus {
    /** Being written; only the admin sees it. */
    DRAFT,
    /** Submitted by its author for an editor to review and publish. */
    IN_REVIEW,
    /** Publishes itself at its publish-at time (see {@link PublishableItem#getPublishAt()}). */
    SCHEDULED,
    PUBLISHED;

    /** How a content file spells the status: "draft", "in-review", "scheduled", "published". */
    public String frontMatterName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads the front-matter spelling ("draft", "in-review", "scheduled", "published", or the Dutch
     * "concept", "ter-beoordeling", "gepland", "gepubliceerd"); null when it is none of them.
     */
    public static PublicationStatus fromFrontMatter(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "draft", "concept" -> DRAFT;
            case "in-review", "ter-beoordeling" -> IN_REVIEW;
            case "scheduled", "gepland" -> SCHEDULED;
            case "published", "gepubliceerd" -> PUBLISHED;
            default -> null;
        };
    }
}
