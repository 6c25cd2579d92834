package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;
import nl.kompas.account.Actor;
import nl.kompas.article.ArticleFormCheck.Checked;
import nl.kompas.article.EditingRights.Step;
import nl.kompas.audit.AuditLog;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.Revision;
import nl.kompas.content.Revisions;
import nl.kompas.content.SlugRedirects;
import nl.kompas.content.StaleEdit;
import nl.kompas.platform.SiteConfig;

/**
 * Writing and publishing articles in the admin. Every action takes the {@link Actor} it runs for
 * and checks their rights itself (see {@link EditingRights}), saves the whole form against the
 * version it was loaded at, keeps a revision and writes an audit entry, all in one transaction:
 * a refused action changes nothing.
 */
@ApplicationScoped
public class ArticleEditing {

    /** The item type of articles in revisions, redirects and the audit log. */
    public static final String ITEM_TYPE = "article";

    private static final Logger LOG = Logger.getLogger(ArticleEditing.class.getName());

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleFormCheck check;

    @Inject
    ConsultantRepository consultants;

    @Inject
    SlugRedirects redirects;

    @Inject
    Revisions revisions;

    @Inject
    AuditLog audit;

    @Inject
    SiteConfig site;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** What a save left: the version to save against next, and the revision it kept. */
    public record Saved(long id, int version, int revision, String slug, PublicationStatus status) {}

    /** An empty form for a new article: dated today, with a consultant as its author. */
    public ArticleForm blank(Actor actor) {
        EditingRights.checkCreate(actor);
        ArticleForm form = new ArticleForm();
        form.setDate(LocalDate.now(clock.withZone(site.getTimeZone())));
        if (!EditingRights.isEditor(actor)) {
            form.setAuthorIds(List.of(actor.consultantId()));
        }
        return form;
    }

    /** The article as stored, for the editor; read-only when the actor may not change it. */
    @Transactional
    public ArticleForm open(Actor actor, long id) {
        Article article = existing(id);
        EditingRights.checkView(actor, article);
        ArticleForm form = ArticleForm.of(article);
        form.setEditable(EditingRights.mayEdit(actor, article));
        return form;
    }

    /** Saves the form, creating the article when it is new; the status stays as it is. */
    @Transactional
    public Saved save(Actor actor, ArticleForm form) {
        return change(actor, form, Step.SAVE, null, null);
    }

    /** Saves the form and hands the article to the editors. */
    @Transactional
    public Saved submitForReview(Actor actor, ArticleForm form) {
        return change(actor, form, Step.SUBMIT, null, null);
    }

    /** Saves the form and makes the article public at once. Editors only. */
    @Transactional
    public Saved publishNow(Actor actor, ArticleForm form) {
        return change(actor, form, Step.PUBLISH, null, null);
    }

    /**
     * Saves the form and lets the article publish itself at a moment to come. Editors only.
     *
     * @param at the date and time as the editor entered it, in the site's time zone
     */
    @Transactional
    public Saved schedule(Actor actor, ArticleForm form, LocalDateTime at) {
        Instant publishAt = at == null ? null : at.atZone(site.getTimeZone()).toInstant();
        String detail = at == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at) + " " + site.getTimeZone();
        return change(actor, form, Step.SCHEDULE, publishAt, detail);
    }

    /** Saves the form and takes the article off the site: it becomes a draft. Editors only. */
    @Transactional
    public Saved unpublish(Actor actor, ArticleForm form) {
        return change(actor, form, Step.UNPUBLISH, null, null);
    }

    /**
     * Brings back the text of an earlier revision as a new revision. The status stays: restoring
     * text is an edit, not a publication.
     *
     * @param version the version of the article the editor saw, as for a save
     */
    @Transactional
    public Saved restore(Actor actor, long id, int version, int revisionNumber) {
        Article article = existing(id);
        EditingRights.checkEdit(actor, article);
        Revision revision = revisions
                .find(ITEM_TYPE, id, revisionNumber)
                .orElseThrow(() -> new EditNotAllowed("editing.refused.missing"));
        ArticleForm form = ArticleRevisionText.read(revision.getFileText(), article, consultants::findBySlug);
        form.setVersion(version);
        return change(actor, form, Step.RESTORE, null, "revision " + revisionNumber);
    }

    /**
     * Publishes a scheduled article whose time has come, as the system. Runs in its own
     * transaction, so one article that cannot be published holds up no other.
     */
    @Transactional
    public boolean publishIfDue(long id, Instant now) {
        Article article = em.find(Article.class, id);
        if (article == null || !article.publishIfDue(now)) {
            return false;
        }
        keepLoadedStateOnce(article);
        revisions.keep(ITEM_TYPE, id, null, Step.PUBLISH.action, ArticleFile.write(article));
        audit.recordSystem(Step.PUBLISH.action, subject(article), "scheduled");
        LOG.info(() -> "Scheduled article published: /artikelen/" + article.getSlug());
        return true;
    }

    private Saved change(Actor actor, ArticleForm form, Step step, Instant publishAt, String detail) {
        EditingRights.checkStep(actor, step);
        Article article = null;
        if (form.isNew()) {
            EditingRights.checkCreate(actor);
        } else {
            article = existing(form.getId());
            EditingRights.checkEdit(actor, article);
            if (article.getVersion() != form.getVersion()) {
                throw stale(article);
            }
        }
        if (step == Step.SCHEDULE) {
            checkSchedule(article, publishAt);
        }
        Checked checked = check.check(actor, form, article, needsAuthor(article, step));
        if (article != null) {
            keepLoadedStateOnce(article);
        }
        String oldSlug = article == null ? null : article.getSlug();
        boolean seenBefore = article != null && article.isEverPublished();
        article = write(article, checked, step, publishAt);
        if (oldSlug == null) {
            redirects.slugTaken(ITEM_TYPE, article.getSlug());
        } else {
            redirects.slugChanged(ITEM_TYPE, article.getId(), oldSlug, article.getSlug(), seenBefore);
        }
        Revision revision = revisions.keep(ITEM_TYPE, article.getId(), actor, step.action, ArticleFile.write(article));
        String action = oldSlug == null && step == Step.SAVE ? "article.created" : step.action;
        audit.record(actor, action, subject(article), detail(oldSlug, article.getSlug(), detail));
        return new Saved(
                article.getId(), article.getVersion(), revision.getNumber(), article.getSlug(), article.getStatus());
    }

    /**
     * Applies the checked form and the step, and writes the article now rather than at commit: a
     * concurrent save that got in first is then reported here as a stale edit. The version goes
     * up on every save, also when only the article's categories, tags or authors changed.
     */
    private Article write(Article stored, Checked checked, Step step, Instant publishAt) {
        try {
            Article article = stored;
            if (article == null) {
                article = new Article(
                        checked.slug(), checked.title(), checked.typeLabel(), checked.date(), render(checked));
                fill(article, checked);
                move(article, step, publishAt);
                articles.add(article);
            } else {
                fill(article, checked);
                move(article, step, publishAt);
                em.lock(article, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
            return article;
        } catch (OptimisticLockException e) {
            throw new StaleEdit(null, null);
        }
    }

    /** An article that is or becomes public must keep an author. */
    private static boolean needsAuthor(Article article, Step step) {
        if (step == Step.PUBLISH || step == Step.SCHEDULE) {
            return true;
        }
        return (step == Step.SAVE || step == Step.RESTORE)
                && article != null
                && (article.isPublished() || article.getStatus() == PublicationStatus.SCHEDULED);
    }

    private void checkSchedule(Article article, Instant publishAt) {
        if (article != null && article.isPublished()) {
            new InvalidEdit.Collector()
                    .add("publishAt", "editing.error.publish.at.published")
                    .throwIfAny();
        }
        check.checkPublishAt(publishAt, clock.instant());
    }

    private void fill(Article article, Checked checked) {
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
        article.rewrite(render(checked));
    }

    private static void move(Article article, Step step, Instant publishAt) {
        switch (step) {
            case SUBMIT -> {
                if (article.isPublished()) {
                    throw new EditNotAllowed("editing.refused.submit.published");
                }
                article.submitForReview();
            }
            case PUBLISH -> article.publish();
            case SCHEDULE -> article.schedule(publishAt);
            case UNPUBLISH -> article.unpublish();
            case SAVE, RESTORE -> {}
        }
    }

    /**
     * An article loaded from a content file has no revision yet: its first edit keeps the state it
     * had, so that the edit can be compared with it and undone.
     */
    private void keepLoadedStateOnce(Article article) {
        if (revisions.latest(ITEM_TYPE, article.getId()).isEmpty()) {
            revisions.keep(ITEM_TYPE, article.getId(), null, "article.loaded", ArticleFile.write(article));
        }
    }

    private StaleEdit stale(Article article) {
        return revisions
                .latest(ITEM_TYPE, article.getId())
                .map(latest -> new StaleEdit(latest.getAuthorName(), latest.getCreatedAt()))
                .orElseGet(() -> new StaleEdit(null, article.getUpdatedAt()));
    }

    private Article existing(long id) {
        return articles.find(id).orElseThrow(() -> new EditNotAllowed("editing.refused.missing"));
    }

    private static MarkdownBody render(Checked checked) {
        return MarkdownRenderer.instance().render(checked.body());
    }

    static AuditLog.Subject subject(Article article) {
        return new AuditLog.Subject(ITEM_TYPE, article.getId(), article.getTitle());
    }

    private static String detail(String oldSlug, String newSlug, String detail) {
        String slugChange = oldSlug != null && !oldSlug.equals(newSlug) ? "slug: " + oldSlug + " → " + newSlug : null;
        if (slugChange == null) {
            return detail;
        }
        return detail == null ? slugChange : detail + "; " + slugChange;
    }
}
