package nl.kompas.article;

import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.ListQuery;

/**
 * Which articles the admin's list shows, and in what order: every status, optionally narrowed by
 * words of the title, a status and an author; a consultant's list holds only their own articles.
 *
 * @param titleContains words the title contains, in any case; null for all
 * @param status only this status; null for all
 * @param authorId only articles by this consultant; null for all
 * @param ownerId the consultant whose own articles alone may be listed; null for an editor
 * @param sort the column to sort by
 * @param ascending the direction
 */
public record ArticleQuery(
        String titleContains, PublicationStatus status, Long authorId, Long ownerId, Sort sort, boolean ascending)
        implements Serializable {

    /** The sortable columns of the list. */
    public enum Sort {
        TITLE("a.title"),
        STATUS("a.status"),
        DATE("a.publishedOn"),
        UPDATED("a.updatedAt");

        private final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        if (hasTitle()) {
            conditions.add("lower(a.title) like :title escape '\\'");
        }
        if (status != null) {
            conditions.add("a.status = :status");
        }
        if (authorId != null) {
            conditions.add("exists (select w1 from Article x1 join x1.authors w1 where x1 = a and w1.id = :author)");
        }
        if (ownerId != null) {
            conditions.add("exists (select w2 from Article x2 join x2.authors w2 where x2 = a and w2.id = :owner)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Ties are broken by id, so that paging never shows a row twice or skips one. */
    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return " order by " + sort.path + direction + ", a.id" + direction;
    }

    void bind(TypedQuery<?> query) {
        if (hasTitle()) {
            query.setParameter("title", ListQuery.containing(titleContains));
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (authorId != null) {
            query.setParameter("author", authorId);
        }
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
    }

    private boolean hasTitle() {
        return titleContains != null && !titleContains.isBlank();
    }
}
