package nl.kompas.editing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.kompas.account.Actor;
import nl.kompas.audit.AuditLog;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.EditableItem;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.Revision;
import nl.kompas.content.RevisionDiff;
import nl.kompas.content.Revisions;
import nl.kompas.content.SlugRedirects;
import nl.kompas.content.StaleEdit;

/**
 * Editing one kind of item in the admin, the same way for every kind: each action takes the
 * {@link Actor} it runs for and checks their {@link EditRights}, saves the whole form against the
 * version it was loaded at, keeps a revision (the item as the text of its content file), moves an
 * old slug that visitors know to the redirects, and writes an audit entry, all in one
 * transaction: a refused action changes nothing. Each kind brings its form, its checks and how it
 * is written as a file.
 *
 * @param <I> the entity
 * @param <F> its form
 * @param <C> its form's values once checked, ready to store
 */
public abstract class ItemEditing<I extends EditableItem, F extends ItemForm, C> {

    @Inject
    SlugRedirects redirects;

    @Inject
    Revisions revisions;

    @Inject
    AuditLog audit;

    @PersistenceContext
    protected EntityManager em;

    protected Clock clock = Clock.systemUTC();

    /** What a save left: the version to save against next, and the revision it kept. */
    public record Saved(long id, int version, int revision, String slug, PublicationStatus status) {}

    /** The kind of item in revisions, redirects and the audit log: "article", "case"… */
    public abstract String itemType();

    protected abstract Class<I> itemClass();

    protected abstract EditRights<I> rights();

    /** An empty form for a new item. */
    public abstract F blank(Actor actor);

    /** The item as stored, as its editor shows it. */
    protected abstract F formOf(I item);

    /**
     * Checks the whole form, field by field, and gives back its values ready to store; throws
     * {@link nl.kompas.content.InvalidEdit} with every problem at once.
     *
     * @param stored the item as stored, or null for a new one
     */
    protected abstract C check(Actor actor, F form, I stored, EditStep step);

    /** A new item made of checked values; {@link #fill} follows. */
    protected abstract I create(C checked);

    /** Gives a new or stored item every checked value. */
    protected abstract void fill(I item, C checked);

    /** The item as the text of its content file: what a revision keeps. */
    protected abstract String fileText(I item);

    /** A revision's text read back into a form for the stored item, to restore it by a save. */
    protected abstract F formOfRevision(String fileText, I current);

    /** Applies a step's change of status; only saving and restoring unless the kind has a workflow. */
    protected void applyStep(I item, EditStep step, Instant publishAt) {
        if (step != EditStep.SAVE && step != EditStep.RESTORE) {
            throw new IllegalArgumentException(itemType() + " has no step " + step);
        }
    }

    /** Refuses a step that the stored item or the moment do not allow, before the form is checked. */
    protected void checkStep(I stored, EditStep step, Instant publishAt) {}

    /** The status a save leaves, for kinds that have one. */
    protected PublicationStatus statusOf(I item) {
        return null;
    }

    /** The item as stored, for the editor; read-only when the actor may not change it. */
    @Transactional
    public F open(Actor actor, long id) {
        I item = existing(id);
        rights().checkView(actor, item);
        F form = formOf(item);
        form.setEditable(rights().mayEdit(actor, item));
        return form;
    }

    /** Saves the form, creating the item when it is new; a status stays as it is. */
    @Transactional
    public Saved save(Actor actor, F form) {
        return change(actor, form, EditStep.SAVE, null, null);
    }

    /**
     * Brings back the text of an earlier revision as a new revision. A status stays: restoring
     * text is an edit, not a publication.
     *
     * @param version the version of the item the editor saw, as for a save
     */
    @Transactional
    public Saved restore(Actor actor, long id, int version, int revisionNumber) {
        I item = existing(id);
        rights().checkEdit(actor, item);
        Revision revision = revisions
                .find(itemType(), id, revisionNumber)
                .orElseThrow(() -> new EditNotAllowed("editing.refused.missing"));
        F form = formOfRevision(revision.getFileText(), item);
        form.setVersion(version);
        return change(actor, form, EditStep.RESTORE, null, "revision " + revisionNumber);
    }

    /** The item's revisions, newest first, without their text. */
    @Transactional
    public List<Revision> revisions(Actor actor, long id) {
        rights().checkView(actor, existing(id));
        return revisions.of(itemType(), id);
    }

    /** The text of one revision: the item's content file as it was then. */
    @Transactional
    public String revisionText(Actor actor, long id, int number) {
        rights().checkView(actor, existing(id));
        return revision(id, number).getFileText();
    }

    /**
     * What changed from one revision to another, as escaped HTML lines (see {@link RevisionDiff}).
     *
     * @param foldedLabel the words for a folded stretch of this many unchanged lines
     */
    @Transactional
    public String compare(Actor actor, long id, int older, int newer, IntFunction<String> foldedLabel) {
        rights().checkView(actor, existing(id));
        return RevisionDiff.html(
                revision(id, older).getFileText(), revision(id, newer).getFileText(), foldedLabel);
    }

    /**
     * What a kind does once the item is written and has its id, in the same transaction, such as
     * linking it to other items of its own kind; it may still refuse the edit with an {@link
     * InvalidEdit}, which rolls the whole edit back.
     */
    protected void written(I item, F form) {}

    /** Runs one editing step, in the caller's transaction: the whole flow every kind shares. */
    protected Saved change(Actor actor, F form, EditStep step, Instant publishAt, String detail) {
        rights().checkStep(actor, step);
        I stored = null;
        if (form.isNew()) {
            rights().checkCreate(actor);
        } else {
            stored = existing(form.getId());
            rights().checkEdit(actor, stored);
            if (stored.getVersion() != form.getVersion()) {
                throw stale(stored);
            }
        }
        checkStep(stored, step, publishAt);
        C checked = check(actor, form, stored, step);
        if (stored != null) {
            keepLoadedStateOnce(stored);
        }
        String oldSlug = stored == null ? null : stored.getSlug();
        boolean seenBefore = stored != null && stored.isEverPublished();
        I item = write(stored, form, checked, step, publishAt);
        if (oldSlug == null) {
            redirects.slugTaken(itemType(), item.getSlug());
        } else {
            redirects.slugChanged(itemType(), item.getId(), oldSlug, item.getSlug(), seenBefore);
        }
        Revision revision = revisions.keep(itemType(), item.getId(), actor, step.action(itemType()), fileText(item));
        String action = oldSlug == null && step == EditStep.SAVE
                ? itemType() + "." + EditStep.CREATED
                : step.action(itemType());
        audit.record(actor, action, subject(item), detail(oldSlug, item.getSlug(), detail));
        return new Saved(item.getId(), item.getVersion(), revision.getNumber(), item.getSlug(), statusOf(item));
    }

    /**
     * Applies the checked form and the step, and writes the item now rather than at commit: a
     * concurrent save that got in first is then reported here as a stale edit. The version goes
     * up on every save, also when only the item's links to others changed.
     */
    private I write(I stored, F form, C checked, EditStep step, Instant publishAt) {
        try {
            I item = stored == null ? create(checked) : stored;
            fill(item, checked);
            applyStep(item, step, publishAt);
            if (stored == null) {
                em.persist(item);
            } else {
                em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
            written(item, form);
            return item;
        } catch (OptimisticLockException e) {
            throw new StaleEdit(null, null);
        }
    }

    /**
     * An item loaded from a content file has no revision yet: its first edit keeps the state it
     * had, so that the edit can be compared with it and undone.
     */
    protected void keepLoadedStateOnce(I item) {
        if (revisions.latest(itemType(), item.getId()).isEmpty()) {
            revisions.keep(itemType(), item.getId(), null, itemType() + "." + EditStep.LOADED, fileText(item));
        }
    }

    /** Keeps a revision and writes an audit entry for what the system did on its own. */
    protected void recordSystem(I item, EditStep step, String detail) {
        revisions.keep(itemType(), item.getId(), null, step.action(itemType()), fileText(item));
        audit.recordSystem(step.action(itemType()), subject(item), detail);
    }

    private StaleEdit stale(I item) {
        return revisions
                .latest(itemType(), item.getId())
                .map(latest -> new StaleEdit(latest.getAuthorName(), latest.getCreatedAt()))
                .orElseGet(() -> new StaleEdit(null, item.getUpdatedAt()));
    }

    protected Optional<I> find(long id) {
        return Optional.ofNullable(em.find(itemClass(), id));
    }

    protected I existing(long id) {
        return find(id).orElseThrow(() -> new EditNotAllowed("editing.refused.missing"));
    }

    private Revision revision(long id, int number) {
        return revisions.find(itemType(), id, number).orElseThrow(() -> new EditNotAllowed("editing.refused.missing"));
    }

    protected AuditLog.Subject subject(I item) {
        return new AuditLog.Subject(itemType(), item.getId(), item.getLabel());
    }

    private static String detail(String oldSlug, String newSlug, String detail) {
        String slugChange = oldSlug != null && !oldSlug.equals(newSlug) ? "slug: " + oldSlug + " → " + newSlug : null;
        if (slugChange == null) {
            return detail;
        }
        return detail == null ? slugChange : detail + "; " + slugChange;
    }
}
