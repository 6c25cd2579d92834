package nl.kompas.comment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.kompas.account.CurrentActor;
import nl.kompas.platform.web.AdminMessages;

/**
 * The moderation queue (admin/comments.xhtml): comments waiting for a decision, newest first, or
 * those of another status to reconsider. Each row approves, rejects or marks as spam.
 */
@Named
@ViewScoped
public class CommentQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The queue shows this many at a time; deciding makes room for the next. */
    static final int PAGE = 100;

    @Inject
    transient Comments comments;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    private CommentStatus status = CommentStatus.PENDING;
    private transient List<Comment> shown;

    public List<Comment> getComments() {
        if (shown == null) {
            shown = comments.withStatus(currentActor.get(), status, PAGE);
        }
        return shown;
    }

    public long count(CommentStatus which) {
        return comments.countWithStatus(which);
    }

    public void approve(long id) {
        decide(id, CommentStatus.APPROVED, "comments.moderated.approved");
    }

    public void reject(long id) {
        decide(id, CommentStatus.REJECTED, "comments.moderated.rejected");
    }

    public void spam(long id) {
        decide(id, CommentStatus.SPAM, "comments.moderated.spam");
    }

    private void decide(long id, CommentStatus decision, String doneKey) {
        comments.moderate(currentActor.get(), id, decision);
        shown = null;
        messages.info(doneKey);
    }

    public String when(LocalDateTime utc) {
        return messages.when(utc == null ? null : utc.toInstant(ZoneOffset.UTC));
    }

    public CommentStatus[] getStatuses() {
        return CommentStatus.values();
    }

    public CommentStatus getStatus() {
        return status;
    }

    public void setStatus(CommentStatus status) {
        this.status = status == null ? CommentStatus.PENDING : status;
        shown = null;
    }
}
