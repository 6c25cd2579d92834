package nl.kompas.editing;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;
import nl.kompas.account.Actor;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.PublishableItem;
import nl.kompas.content.Translations;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePaths;

/**
 * Editing a kind of item with a publication workflow (articles, cases, service pages): besides
 * saving, it can be handed in for review, published now, scheduled for a moment to come, and taken
 * off the site again. Only published items are ever public. {@link ScheduledPublisher} publishes
 * what is due.
 */
public abstract class PublishableEditing<I extends PublishableItem, F extends PublishableForm, C>
        extends ItemEditing<I, F, C> {

    private static final Logger LOG = Logger.getLogger(PublishableEditing.class.getName());

    @Inject
    protected SiteConfig site;

    @Inject
    Translations translations;

    @Inject
    SitePaths paths;

    /**
     * Sets the language the form chose and links the translation it names, on both sides; a
     * translation must be an item of this kind in the other language.
     */
    @Override
    protected void written(I item, F form) {
        InvalidEdit.Collector problems = new InvalidEdit.Collector();
        SiteLanguage language = SiteLanguage.ofTag(form.getLanguage()).orElse(null);
        if (language == null) {
            problems.add("language", "editor.error.language").throwIfAny();
        }
        I other = form.getTranslationId() == null ? null : em.find(itemClass(), form.getTranslationId());
        if (form.getTranslationId() != null && (other == null || other.getId().equals(item.getId()))) {
            problems.add("translation", "editor.error.translation.missing");
        } else if (other != null && other.getLanguage() == language) {
            problems.add("translation", "editor.error.translation.language");
        }
        problems.throwIfAny();
        boolean relinked = !java.util.Objects.equals(item.getTranslationId(), form.getTranslationId());
        if (item.getLanguage() != language || relinked) {
            item.changeLanguage(language);
            translations.link(item, other);
            em.flush();
        }
    }

    /**
     * The items of this kind in the other language than {@code languageTag}, by title: what the
     * editor offers as the translation.
     */
    @Transactional
    public List<I> translationCandidates(String languageTag) {
        SiteLanguage other = SiteLanguage.ofStored(languageTag).other();
        return em.createQuery(
                        "select x from " + itemClass().getSimpleName()
                                + " x where x.language = :language order by x.title, x.id",
                        itemClass())
                .setParameter("language", other.getTag())
                .getResultList();
    }

    /** The public page of the item the form edits, in its language: the editor's "view on site" link. */
    public String publicPath(F form) {
        return paths.item(itemClass(), SiteLanguage.ofStored(form.getLanguage()), form.getSlug());
    }

    /**
     * Items of one status for the dashboard, those the actor may open: scheduled ones in the order
     * they will appear, the others most recently changed first.
     */
    public abstract List<QueueEntry> queue(Actor actor, PublicationStatus status, int max);

    /**
     * The dashboard's entries of a kind that only editors see (cases, service pages), read from
     * the kind's admin list; none for anyone else.
     *
     * @param editorPage the kind's editor, such as "/admin/case.xhtml"
     */
    protected <R extends QueueEntry.Source> List<QueueEntry> editorsQueue(
            Actor actor, ListQuery list, Class<R> rowClass, String editorPage, PublicationStatus status, int max) {
        if (!actor.mayPublish()) {
            return List.of();
        }
        return list.page(em, rowClass, ListRequest.queue(status), 0, max).stream()
                .map(row -> QueueEntry.of(itemType(), editorPage, row))
                .toList();
    }

    /** Saves the form and hands the item to the editors. */
    @Transactional
    public Saved submitForReview(Actor actor, F form) {
        return change(actor, form, EditStep.SUBMIT, null, null);
    }

    /** Saves the form and makes the item public at once. */
    @Transactional
    public Saved publishNow(Actor actor, F form) {
        return change(actor, form, EditStep.PUBLISH, null, null);
    }

    /**
     * Saves the form and lets the item publish itself at a moment to come.
     *
     * @param at the date and time as the editor entered it, in the site's time zone
     */
    @Transactional
    public Saved schedule(Actor actor, F form, LocalDateTime at) {
        Instant publishAt = at == null ? null : at.atZone(site.getTimeZone()).toInstant();
        String detail = at == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at) + " " + site.getTimeZone();
        return change(actor, form, EditStep.SCHEDULE, publishAt, detail);
    }

    /** Saves the form and takes the item off the site: it becomes a draft. */
    @Transactional
    public Saved unpublish(Actor actor, F form) {
        return change(actor, form, EditStep.UNPUBLISH, null, null);
    }

    /**
     * Publishes a scheduled item whose time has come, as the system. Runs in its own transaction,
     * so one item that cannot be published holds up no other.
     */
    @Transactional
    public boolean publishIfDue(long id, Instant now) {
        I item = em.find(itemClass(), id);
        if (item == null || !item.publishIfDue(now)) {
            return false;
        }
        keepLoadedStateOnce(item);
        recordSystem(item, EditStep.PUBLISH, "scheduled");
        LOG.info(() -> "Scheduled " + itemType() + " published: " + item.getSlug());
        return true;
    }

    /** The scheduled items whose time has come, the earliest first. */
    public List<Long> idsOfScheduledDue(Instant now) {
        String entity = em.getMetamodel().entity(itemClass()).getName();
        return em.createQuery(
                        "select i.id from " + entity
                                + " i where i.status = nl.kompas.content.PublicationStatus.SCHEDULED"
                                + " and i.publishAt <= :now order by i.publishAt",
                        Long.class)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
    }

    /** A published item cannot be scheduled (it would disappear until then), and the time must come. */
    @Override
    protected void checkStep(I stored, EditStep step, Instant publishAt) {
        if (step != EditStep.SCHEDULE) {
            return;
        }
        if (stored != null && stored.isPublished()) {
            new InvalidEdit.Collector()
                    .add("publishAt", "editing.error.publish.at.published")
                    .throwIfAny();
        }
        FormChecks.publishAt(publishAt, clock.instant());
    }

    @Override
    protected void applyStep(I item, EditStep step, Instant publishAt) {
        switch (step) {
            case SUBMIT -> {
                if (item.isPublished()) {
                    throw new EditNotAllowed("editing.refused.submit.published");
                }
                item.submitForReview();
            }
            case PUBLISH -> item.publish();
            case SCHEDULE -> item.schedule(publishAt);
            case UNPUBLISH -> item.unpublish();
            case SAVE, RESTORE -> {}
        }
    }

    @Override
    protected PublicationStatus statusOf(I item) {
        return item.getStatus();
    }

    /** An item that is or becomes public, or is due to: a publishing step, or a save of such an item. */
    protected static boolean staysOrBecomesPublic(PublishableItem stored, EditStep step) {
        if (step == EditStep.PUBLISH || step == EditStep.SCHEDULE) {
            return true;
        }
        return (step == EditStep.SAVE || step == EditStep.RESTORE)
                && stored != null
                && (stored.isPublished() || stored.getStatus() == PublicationStatus.SCHEDULED);
    }
}
