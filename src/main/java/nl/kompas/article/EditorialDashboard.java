package nl.kompas.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.account.CurrentActor;
import nl.kompas.audit.AuditEntry;
import nl.kompas.audit.AuditLog;
import nl.kompas.content.PublicationStatus;
import nl.kompas.platform.web.AdminMessages;

/**
 * The admin's front page, /admin/index.xhtml: what waits for review, what is scheduled and when,
 * and for editors the latest changes with who made them. A consultant sees their own articles.
 */
@Named
@RequestScoped
public class EditorialDashboard {

    static final int SHOWN = 10;

    @Inject
    AdminArticles adminArticles;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    AdminMessages messages;

    private Actor actor;
    private List<ArticleRow> inReview;
    private List<ArticleRow> scheduled;
    private List<ArticleRow> drafts;
    private List<AuditEntry> recentChanges;

    public List<ArticleRow> getInReview() {
        if (inReview == null) {
            inReview = adminArticles.withStatus(actor(), PublicationStatus.IN_REVIEW, SHOWN);
        }
        return inReview;
    }

    /** In the order they will appear. */
    public List<ArticleRow> getScheduled() {
        if (scheduled == null) {
            scheduled = adminArticles.withStatus(actor(), PublicationStatus.SCHEDULED, SHOWN);
        }
        return scheduled;
    }

    /** A consultant's own drafts; editors find drafts in the article list. */
    public List<ArticleRow> getDrafts() {
        if (drafts == null) {
            drafts = isEditor() ? List.of() : adminArticles.withStatus(actor(), PublicationStatus.DRAFT, SHOWN);
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

    public boolean isEditor() {
        return EditingRights.isEditor(actor());
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
