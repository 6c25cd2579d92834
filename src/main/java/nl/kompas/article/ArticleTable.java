package nl.kompas.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import nl.kompas.account.CurrentActor;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.AdminRows;
import nl.kompas.editing.ListRequest;
import nl.kompas.platform.web.AdminMessages;

/**
 * The admin's list of articles, /admin/articles.xhtml: every status, sorted, filtered and paged in
 * the database, so it stays quick with thousands of articles. A consultant sees their own.
 */
@Named
@ViewScoped
public class ArticleTable implements AdminRows.Source<ArticleRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AdminArticles adminArticles;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    private final AdminRows<ArticleRow> rows = new AdminRows<>(this);

    public AdminRows<ArticleRow> getRows() {
        return rows;
    }

    @Override
    public long count(ListRequest request) {
        return adminArticles.count(currentActor.get(), query(request));
    }

    @Override
    public List<ArticleRow> page(ListRequest request, int first, int max) {
        return adminArticles.page(currentActor.get(), query(request), first, max);
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

    /** The table's sort and filters as a query; unknown values are ignored rather than failing. */
    static ArticleQuery query(ListRequest request) {
        ArticleQuery.Sort sort = ArticleQuery.Sort.UPDATED;
        boolean ascending = false;
        if (request.sortField() != null) {
            sort = switch (request.sortField()) {
                case "title" -> ArticleQuery.Sort.TITLE;
                case "status" -> ArticleQuery.Sort.STATUS;
                case "date" -> ArticleQuery.Sort.DATE;
                default -> ArticleQuery.Sort.UPDATED;
            };
            ascending = request.ascending();
        }
        return new ArticleQuery(
                request.filter("title"),
                status(request.filter("status")),
                author(request.filter("authors")),
                null,
                sort,
                ascending);
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
