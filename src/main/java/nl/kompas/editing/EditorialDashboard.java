package nl.kompas.editing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.account.CurrentActor;
import nl.kompas.audit.AuditEntry;
import nl.kompas.audit.AuditLog;
import nl.kompas.content.PublicationStatus;
import nl.kompas.platform.web.AdminMessages;

/**
 * The admin's front page, /admin/index.xhtml: what waits for review, what is scheduled and when,
 * of every kind with a workflow (articles, cases, service pages), and for editors the latest
 * changes with who made them. A consultant sees their own articles.
 */
@Named
@RequestScoped
public class EditorialDashboard {

    static final int SHOWN = 10;

    /** The kinds whose audit entries link to their editor, /admin/{kind}.xhtml?id=…. */
    private static final Set<String> EDITED_KINDS = Set.of("article", "case", "service", "consultant");

    @Inject
    Instance<PublishableEditing<?, ?, ?>> kinds;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    AdminMessages messages;

    private Actor actor;
    private List<QueueEntry> inReview;
    private List<QueueEntry> scheduled;
    private List<QueueEntry> drafts;
    private List<AuditEntry> recentChanges;

    /** Most recently changed first. */
    public List<QueueEntry> getInReview() {
        if (inReview == null) {
            inReview = queue(PublicationStatus.IN_REVIEW);
        }
        return inReview;
    }

    /** In the order they will appear. */
    public List<QueueEntry> getScheduled() {
        if (scheduled == null) {
            scheduled = queue(PublicationStatus.SCHEDULED);
        }
        return scheduled;
    }

    /** A consultant's own drafts; editors find drafts in the lists. */
    public List<QueueEntry> getDrafts() {
        if (drafts == null) {
            drafts = isEditor() ? List.of() : queue(PublicationStatus.DRAFT);
        }
        return drafts;
    }

    /** The latest changes in the admin, for editors: a consultant sees no one else's work. */
    public List<AuditEntry> getRecentChanges() {
        if (recentChanges == null) {
            recentChanges = isEditor() ? audit.newest(0, SHOWN, null, null) : List.of();
        }
        return recentChanges;
    }

    /** The items of one status of every kind, merged in the dashboard's order. */
    private List<QueueEntry> queue(PublicationStatus status) {
        List<QueueEntry> entries = new ArrayList<>();
        for (PublishableEditing<?, ?, ?> kind : kinds) {
            entries.addAll(kind.queue(actor(), status, SHOWN));
        }
        Comparator<QueueEntry> order = status == PublicationStatus.SCHEDULED
                ? Comparator.comparing(QueueEntry::getPublishAt)
                : Comparator.comparing(QueueEntry::getUpdatedAt).reversed();
        return entries.stream().sorted(order).limit(SHOWN).toList();
    }

    /** The editor of an audit entry's item, or null when it has none (an account, a deleted item). */
    public String editPath(AuditEntry entry) {
        return entry.getSubjectId() != null && EDITED_KINDS.contains(entry.getSubjectType())
                ? "/admin/" + entry.getSubjectType() + ".xhtml?id=" + entry.getSubjectId()
                : null;
    }

    public boolean isEditor() {
        return actor().mayPublish();
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }

    public String action(String action) {
        return messages.actionLabel(action);
    }

    private Actor actor() {
        if (actor == null) {
            actor = currentActor.get();
        }
        return actor;
    }
}
