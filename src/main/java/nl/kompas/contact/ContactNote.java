package nl.kompas.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An internal note on a request, never shown to the prospect. */
@Entity
@Table(name = "contact_note")
public class ContactNote {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private ContactRequest request;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    protected ContactNote() {}

    ContactNote(ContactRequest request, Instant at, Long accountId, String authorName, String text) {
        this.request = request;
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.accountId = accountId;
        this.authorName = authorName;
        this.text = text;
    }

    void anonymise() {
        text = "—";
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }
}
