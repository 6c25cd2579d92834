package nl.kompas.content;

import java.time.Instant;

/**
 * Content the admin edits: articles, cases and service pages ({@link PublishableItem}) and
 * consultants. What the editing machinery needs of each: its address, its optimistic-lock version,
 * and whether visitors have seen it, so that a slug change keeps its old address working.
 */
public interface EditableItem extends ContentEntity {

    String getSlug();

    /** The version an editor saves against; a save on an older one is refused. */
    int getVersion();

    Instant getUpdatedAt();

    /** Whether visitors have ever been able to see the item at its address. */
    boolean isEverPublished();

    /** What the admin, the audit log and messages call the item: its title, or a person's name. */
    String getLabel();
}
