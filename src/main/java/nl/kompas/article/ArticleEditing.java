package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.article.ArticleFormCheck.Checked;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.EditRights;
import nl.kompas.editing.EditStep;
import nl.kompas.editing.PublishableEditing;
import nl.kompas.editing.QueueEntry;

/**
 * Writing and publishing articles in the admin, by the workflow every kind shares (see {@link
 * PublishableEditing}): consultants write and submit their own, editors publish (see {@link
 * EditingRights}); an article needs an author to be or become public.
 */
@ApplicationScoped
public class ArticleEditing extends PublishableEditing<Article, ArticleForm, Checked> {

    /** The item type of articles in revisions, redirects and the audit log. */
    public static final String ITEM_TYPE = "article";

    private static final EditingRights RIGHTS = new EditingRights();

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleFormCheck check;

    @Inject
    ConsultantRepository consultants;

    @Inject
    AdminArticles adminArticles;

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    protected Class<Article> itemClass() {
        return Article.class;
    }

    @Override
    protected EditRights<Article> rights() {
        return RIGHTS;
    }

    /** An empty form for a new article: dated today, with a consultant as its author. */
    @Override
    public ArticleForm blank(Actor actor) {
        RIGHTS.checkCreate(actor);
        ArticleForm form = new ArticleForm();
        form.setDate(LocalDate.now(clock.withZone(site.getTimeZone())));
        if (!EditingRights.isEditor(actor)) {
            form.setAuthorIds(List.of(actor.consultantId()));
        }
        return form;
    }

    /** Articles of one status for the dashboard: a consultant's own only. */
    @Override
    public List<QueueEntry> queue(Actor actor, PublicationStatus status, int max) {
        // A consultant's account that no profile is linked to yet has no articles of its own: its
        // dashboard shows empty queues rather than a refusal.
        if (!EditingRights.isEditor(actor) && !EditingRights.isConsultant(actor)) {
            return List.of();
        }
        return adminArticles.withStatus(actor, status, max).stream()
                .map(row -> QueueEntry.of(ITEM_TYPE, "/admin/article.xhtml", row))
                .toList();
    }

    @Override
    protected ArticleForm formOf(Article article) {
        return ArticleForm.of(article);
    }

    /** An article that is or becomes public must keep an author. */
    @Override
    protected Checked check(Actor actor, ArticleForm form, Article stored, EditStep step) {
        return check.check(actor, form, stored, staysOrBecomesPublic(stored, step));
    }

    @Override
    protected Article create(Checked checked) {
        return new Article(checked.slug(), checked.title(), checked.typeLabel(), checked.date(), render(checked));
    }

    @Override
    protected void fill(Article article, Checked checked) {
        article.retitle(checked.title());
        article.changeSlug(checked.slug());
        article.redate(checked.date());
        article.relabel(checked.typeLabel());
        article.summarize(checked.summary());
        article.creditOnly(checked.authors());
        article.fileUnderOnly(
                checked.categories().stream().map(articles::categoryNamed).toList());
        article.tagOnly(checked.tags().stream().map(articles::tagNamed).toList());
        if (checked.series() == null) {
            article.leaveSeries();
        } else {
            article.placeInSeries(articles.seriesTitled(checked.series()), checked.part());
        }
        article.illustrate(checked.image(), checked.imageAlt());
        article.allowComments(checked.commentsOpen());
        article.rewrite(render(checked));
    }

    @Override
    protected String fileText(Article article) {
        return ArticleFile.write(article);
    }

    @Override
    protected ArticleForm formOfRevision(String fileText, Article current) {
        return ArticleRevisionText.read(fileText, current, consultants::findBySlug);
    }

    private static MarkdownBody render(Checked checked) {
        return MarkdownRenderer.instance().render(checked.body());
    }
}
