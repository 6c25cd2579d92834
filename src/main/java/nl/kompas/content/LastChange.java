package nl.kompas.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * When the page of the item with this slug last changed: a two-column projection, so that lists
 * of every published page (the sitemap) stay light with thousands of items.
 */
public record LastChange(String slug, Instant at) {

    /** For JPQL constructor expressions: updated_at columns hold UTC without a zone. */
    public LastChange(String slug, LocalDateTime utc) {
        this(slug, utc.toInstant(ZoneOffset.UTC));
    }
}
