package nl.kompas.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One issue's mail to one subscriber, written in the same transaction as the mail's row in the
 * outbox. The database allows one per issue and subscriber: that is what keeps a resumed or doubly
 * started send from mailing anyone twice.
 */
@Entity
@Table(name = "newsletter_delivery")
@NamedQuery(
        name = "NewsletterDelivery.countOfIssue",
        query = "select count(d) from NewsletterDelivery d where d.issueId = :issue")
public class NewsletterDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id", nullable = false)
    private Long issueId;

    @Column(name = "subscriber_id", nullable = false)
    private Long subscriberId;

    @Column(nullable = false, length = Subscriber.MAX_EMAIL)
    private String email;

    @Column(name = "outbox_id")
    private Long outboxId;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    protected NewsletterDelivery() {}

    public NewsletterDelivery(Long issueId, Subscriber subscriber, long outboxId, Instant at) {
        this.issueId = issueId;
        this.subscriberId = subscriber.getId();
        this.email = subscriber.getEmail();
        this.outboxId = outboxId;
        this.queuedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Long getOutboxId() {
        return outboxId;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }
}
