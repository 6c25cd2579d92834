package nl.kompas.editing;

import java.io.Serializable;
import java.time.Instant;

/**
 * One item on the editorial dashboard's lists (in review, scheduled, drafts), whatever its kind. A
 * class with getters rather than a record: Jakarta EL 5 (Faces 4.0) reads properties.
 */
public final class QueueEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String itemType;
    private final String title;
    private final String editPath;
    private final String detail;
    private final Instant updatedAt;
    private final Instant publishAt;

    /**
     * @param itemType "article", "case", "service": the dashboard names the kind
     * @param editPath the editor's address, such as "/admin/case.xhtml?id=12"
     * @param detail what tells it apart in the list: an article's authors, a case's client
     */
    public QueueEntry(
            String itemType, String title, String editPath, String detail, Instant updatedAt, Instant publishAt) {
        this.itemType = itemType;
        this.title = title;
        this.editPath = editPath;
        this.detail = detail;
        this.updatedAt = updatedAt;
        this.publishAt = publishAt;
    }

    public String getItemType() {
        return itemType;
    }

    public String getTitle() {
        return title;
    }

    public String getEditPath() {
        return editPath;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishAt() {
        return publishAt;
    }
}
