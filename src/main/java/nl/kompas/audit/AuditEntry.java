package nl.kompas.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One thing someone did in the admin. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int MAX_DETAIL = 1000;
    static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** In UTC: the column holds no zone, and the server's own zone must not move it. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", length = 40)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_title", length = MAX_TITLE)
    private String subjectTitle;

    @Column(length = MAX_DETAIL)
    private String detail;

    protected AuditEntry() {}

    AuditEntry(
            Instant occurredAt,
            Long accountId,
            String actorName,
            String action,
            String subjectType,
            Long subjectId,
            String subjectTitle,
            String detail) {
        this.occurredAt = LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.accountId = accountId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectTitle = shorten(subjectTitle, MAX_TITLE);
        this.detail = shorten(detail, MAX_DETAIL);
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectTitle() {
        return subjectTitle;
    }

    public String getDetail() {
        return detail;
    }
}
