package nl.kompas.editing;

import java.io.Serializable;
import java.time.Instant;

/**
 * One item on the editorial dashboard's lists (in review, scheduled, drafts), whatever its kind. A
 * class with getters rather than a record: Jakarta EL 5 (Faces 4.0) reads properties.
 */
public final class QueueEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of an admin list that can stand on the dashboard. */
    public interface Source extends AdminRows.Row {
        String getTitle();

        /** What tells it apart in the dashboard's list: an article's authors, a case's client. */
        String getQueueDetail();

        Instant getUpdatedAt();

        Instant getPublishAt();
    }

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

    /**
     * The entry of a row of the kind's admin list.
     *
     * @param editorPage the kind's editor, such as "/admin/case.xhtml"
     */
    public static QueueEntry of(String itemType, String editorPage, Source row) {
        return new QueueEntry(
                itemType,
                row.getTitle(),
                editorPage + "?id=" + row.getId(),
                row.getQueueDetail(),
                row.getUpdatedAt(),
                row.getPublishAt());
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
