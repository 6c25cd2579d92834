package nl.kompas.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kompas.account.CurrentActor;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.PublicationStatus;
import nl.kompas.platform.web.AdminMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The admin's list of articles, /admin/articles.xhtml: every status, sorted, filtered and paged in
 * the database, so it stays quick with thousands of articles. A consultant sees their own.
 */
@Named
@ViewScoped
public class ArticleTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AdminArticles adminArticles;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    private final LazyDataModel<ArticleRow> rows = new Rows();

    public LazyDataModel<ArticleRow> getRows() {
        return rows;
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    /** The authors to filter by: every consultant for an editor; a consultant's list is their own already. */
    public List<Consultant> getAuthors() {
        return EditingRights.isEditor(currentActor.get()) ? adminArticles.consultants() : List.of();
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }

    private final class Rows extends LazyDataModel<ArticleRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) adminArticles.count(currentActor.get(), query(Map.of(), filters));
        }

        @Override
        public List<ArticleRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            return adminArticles.page(currentActor.get(), query(sortBy, filters), first, pageSize);
        }

        @Override
        public String getRowKey(ArticleRow row) {
            return String.valueOf(row.getId());
        }

        @Override
        public ArticleRow getRowData(String rowKey) {
            return null;
        }
    }

    /** The table's sort and filters as a query; unknown values are ignored rather than failing. */
    static ArticleQuery query(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
        ArticleQuery.Sort sort = ArticleQuery.Sort.UPDATED;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            sort = switch (meta.getField()) {
                case "title" -> ArticleQuery.Sort.TITLE;
                case "status" -> ArticleQuery.Sort.STATUS;
                case "date" -> ArticleQuery.Sort.DATE;
                default -> ArticleQuery.Sort.UPDATED;
            };
            ascending = meta.getOrder() == SortOrder.ASCENDING;
            break;
        }
        return new ArticleQuery(
                filter(filters, "title"),
                status(filter(filters, "status")),
                author(filter(filters, "authors")),
                null,
                sort,
                ascending);
    }

    private static String filter(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static PublicationStatus status(String value) {
        try {
            return value == null ? null : PublicationStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Long author(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException unknown) {
            return null;
        }
    }
}
