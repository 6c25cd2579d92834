package nl.kompas.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mail in the outbox and what became of it. Times are UTC. */
@Entity
@Table(name = "outgoing_mail")
public class OutboxEntry {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body")
    private String htmlBody;

    /** "Name: value" lines; values never hold a line break (checked on the way in). */
    @Column(length = 4000)
    private String headers;

    @Column(nullable = false, length = 60)
    private String purpose;

    @Column(length = 100)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected OutboxEntry() {}

    OutboxEntry(OutgoingMail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.textBody = mail.textBody();
        this.htmlBody = mail.htmlBody();
        this.headers = writeHeaders(mail.headers());
        this.purpose = mail.purpose();
        this.reference = mail.reference();
        this.status = MailStatus.PENDING;
        this.createdAt = utc(now);
        this.nextAttemptAt = utc(now);
    }

    /** Puts an uncertain or failed mail back in the queue, at an editor's request. */
    void sendAgain(Instant now) {
        if (status != MailStatus.UNCERTAIN && status != MailStatus.FAILED) {
            throw new IllegalStateException("Only an uncertain or failed mail is sent again, not " + status);
        }
        status = MailStatus.PENDING;
        nextAttemptAt = utc(now);
        claimedAt = null;
    }

    static String writeHeaders(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        headers.forEach(
                (name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    static Map<String, String> readHeaders(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public OutgoingMail mail() {
        return new OutgoingMail(recipient, subject, textBody, htmlBody, readHeaders(headers), purpose, reference);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getReference() {
        return reference;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public Instant getNextAttemptAt() {
        return instant(nextAttemptAt);
    }

    public Instant getSentAt() {
        return instant(sentAt);
    }

    public String getLastError() {
        return lastError;
    }
}
