package nl.kompas.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One issue of the newsletter: a subject, a Markdown text and the articles shown below it as
 * cards. It can be changed until it is sent; sending it is for all confirmed subscribers, once.
 */
@Entity
@Table(name = "newsletter_issue")
@NamedQuery(
        name = "NewsletterIssue.newest",
        query = "select i from NewsletterIssue i order by i.createdAt desc, i.id desc")
@NamedQuery(
        name = "NewsletterIssue.sending",
        query = "select i.id from NewsletterIssue i where i.status = nl.kompas.newsletter.IssueStatus.SENDING")
public class NewsletterIssue {

    public static final int MAX_SUBJECT = 200;
    /** More cards than this make a mail nobody reads to the end. */
    public static final int MAX_ARTICLES = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Lob
    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    /** The picked articles' ids in the order of the cards, comma-separated. */
    @Column(name = "article_ids", nullable = false, length = 500)
    private String articleIds = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status = IssueStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "send_started_at")
    private LocalDateTime sendStartedAt;

    @Column(name = "send_done_at")
    private LocalDateTime sendDoneAt;

    @Version
    private int version;

    protected NewsletterIssue() {}

    public NewsletterIssue(String createdBy, Instant at) {
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.subject = "";
        this.bodyMarkdown = "";
    }

    /** Changes the text; an issue that has started going out is as it was sent. */
    public void write(String newSubject, String newBody, List<Long> newArticleIds) {
        if (status != IssueStatus.DRAFT) {
            throw new IllegalStateException("An issue that is being sent or was sent cannot change");
        }
        this.subject = newSubject;
        this.bodyMarkdown = newBody;
        this.articleIds =
                newArticleIds.stream().limit(MAX_ARTICLES).map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Starts sending: from now on batches go out until every confirmed subscriber has it. */
    public void startSending(Instant at) {
        if (status != IssueStatus.DRAFT) {
            throw new IllegalStateException("An issue is sent once");
        }
        if (subject.isBlank()) {
            throw new IllegalStateException("An issue needs a subject before it is sent");
        }
        status = IssueStatus.SENDING;
        sendStartedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public void finishSending(Instant at) {
        status = IssueStatus.SENT;
        sendDoneAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public List<Long> getArticleIds() {
        return articleIds.isBlank()
                ? List.of()
                : Arrays.stream(articleIds.split(",")).map(Long::valueOf).toList();
    }

    public IssueStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == IssueStatus.DRAFT;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getSendStartedAt() {
        return sendStartedAt;
    }

    public LocalDateTime getSendDoneAt() {
        return sendDoneAt;
    }
}
