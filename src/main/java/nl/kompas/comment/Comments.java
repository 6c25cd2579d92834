package nl.kompas.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.article.Article;
import nl.kompas.audit.AuditLog;
import nl.kompas.consultant.Consultant;
import nl.kompas.mail.Outbox;
import nl.kompas.platform.cache.PageCache;
import nl.kompas.platform.cache.PageDependencies;

/**
 * Posting a comment, and moderating it. A new comment and the mails to the article's authors are
 * written in one transaction; a decision that shows or hides a comment clears the article's cached
 * page when it commits.
 */
@ApplicationScoped
public class Comments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    CommentMails mails;

    @Inject
    AuditLog audit;

    @Inject
    PageCache pageCache;

    Clock clock = Clock.systemUTC();

    /**
     * Stores a checked comment ({@link CommentForm}) on an article that is open to comments; it waits
     * for a moderator. Each author with an e-mail address is told of it.
     */
    @Transactional
    public Comment post(long articleId, String name, String email, String text, String ip) {
        Article article = em.find(Article.class, articleId);
        if (article == null || !article.isPublished() || !article.isCommentsOpen()) {
            throw new IllegalStateException("Article " + articleId + " takes no comments");
        }
        Comment comment = new Comment(article, name, email.toLowerCase(Locale.ROOT), text, clock.instant(), ip);
        em.persist(comment);
        em.flush();
        for (Consultant author : article.getAuthors()) {
            if (author.getEmail() != null && !author.getEmail().isBlank()) {
                outbox.enqueue(mails.newComment(comment, author.getEmail()));
            }
        }
        return comment;
    }

    /** The approved comments of an article, oldest first, as the article page shows them. */
    public List<Comment> approvedOf(long articleId) {
        return em.createNamedQuery("Comment.approvedOf", Comment.class)
                .setParameter("article", articleId)
                .getResultList();
    }

    /** Comments in a status, newest first: the moderation queue is {@link CommentStatus#PENDING}. */
    public List<Comment> withStatus(Actor actor, CommentStatus status, int max) {
        requireModerator(actor);
        return em.createNamedQuery("Comment.withStatus", Comment.class)
                .setParameter("status", status)
                .setMaxResults(max)
                .getResultList();
    }

    public long countWithStatus(CommentStatus status) {
        return em.createNamedQuery("Comment.countWithStatus", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Approves, rejects or marks a comment as spam; the article's page follows once this commits. */
    @Transactional
    public void moderate(Actor actor, long commentId, CommentStatus decision) {
        requireModerator(actor);
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new IllegalArgumentException("No comment " + commentId);
        }
        boolean wasShown = comment.getStatus() == CommentStatus.APPROVED;
        comment.moderate(decision, actor.name(), clock.instant());
        if (wasShown || decision == CommentStatus.APPROVED) {
            pageCache.invalidateOnCommit(Set.of(
                    PageDependencies.item(Article.class, comment.getArticle().getId())));
        }
        audit.record(
                actor,
                "comment." + decision.name().toLowerCase(Locale.ROOT),
                new AuditLog.Subject(
                        "comment", comment.getId(), comment.getArticle().getTitle()),
                comment.getAuthorName());
    }

    static void requireModerator(Actor actor) {
        if (!actor.mayPublish()) {
            throw new ActionNotPermitted(actor, "moderate comments");
        }
    }
}
