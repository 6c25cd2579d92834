package nl.kompas.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.kompas.article.Article;

/**
 * A visitor's comment on an article, as typed: plain text. The e-mail address is for the
 * moderators only and never shown. A comment appears once a moderator approves it.
 */
@Entity
@Table(name = "article_comment")
@NamedQuery(
        name = "Comment.approvedOf",
        query = "select c from Comment c where c.article.id = :article"
                + " and c.status = nl.kompas.comment.CommentStatus.APPROVED order by c.postedAt, c.id")
@NamedQuery(
        name = "Comment.withStatus",
        query =
                "select c from Comment c join fetch c.article where c.status = :status order by c.postedAt desc, c.id desc")
@NamedQuery(name = "Comment.countWithStatus", query = "select count(c) from Comment c where c.status = :status")
@NamedQuery(
        name = "Comment.byEmail",
        query = "select c from Comment c where c.authorEmail = :email order by c.postedAt")
public class Comment {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "author_name", nullable = false, length = MAX_NAME)
    private String authorName;

    @Column(name = "author_email", nullable = false, length = MAX_EMAIL)
    private String authorEmail;

    @Column(nullable = false, length = MAX_TEXT)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status = CommentStatus.PENDING;

    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAt;

    @Column(name = "posted_ip", nullable = false, length = 45)
    private String postedIp;

    @Column(name = "moderated_at")
    private LocalDateTime moderatedAt;

    @Column(name = "moderated_by", length = 200)
    private String moderatedBy;

    @Version
    private int version;

    protected Comment() {}

    public Comment(Article article, String authorName, String authorEmail, String body, Instant at, String ip) {
        this.article = Objects.requireNonNull(article);
        this.authorName = Objects.requireNonNull(authorName);
        this.authorEmail = Objects.requireNonNull(authorEmail);
        this.body = Objects.requireNonNull(body);
        this.postedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.postedIp = ip.length() > 45 ? ip.substring(0, 45) : ip;
    }

    /** A moderator's decision; it can be changed later (an approved comment taken down, say). */
    public void moderate(CommentStatus decision, String moderator, Instant at) {
        if (decision == CommentStatus.PENDING) {
            throw new IllegalArgumentException("A decision approves, rejects or marks as spam");
        }
        this.status = decision;
        this.moderatedBy = moderator;
        this.moderatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getBody() {
        return body;
    }

    /** The text as safe HTML: paragraphs, line breaks and links, nothing else. */
    public String getBodyHtml() {
        return CommentText.toHtml(body);
    }

    public CommentStatus getStatus() {
        return status;
    }

    public LocalDateTime getPostedAt() {
        return postedAt;
    }

    public String getPostedIp() {
        return postedIp;
    }

    public LocalDateTime getModeratedAt() {
        return moderatedAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }
}
