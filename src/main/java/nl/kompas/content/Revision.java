package nl.kompas.content;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One saved state of an item, as the text of its content file: front matter and Markdown, exactly
 * what a file in content/ holds. Never changed once written; restoring one adds a new revision.
 */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false, length = 40)
    private String itemType;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "revision_number", nullable = false)
    private int number;

    /** In UTC: the column holds no zone. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    /** What the save did, as an audit action word ("article.published"), for the list of revisions. */
    @Column(length = 200)
    private String note;

    /** Lazy: the list of revisions shows who and when, and needs no text. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_text", nullable = false)
    private String fileText;

    protected Revision() {}

    Revision(
            String itemType,
            long itemId,
            int number,
            Instant createdAt,
            Long accountId,
            String authorName,
            String note,
            String fileText) {
        this.itemType = itemType;
        this.itemId = itemId;
        this.number = number;
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
        this.accountId = accountId;
        this.authorName = authorName;
        this.note = note;
        this.fileText = fileText;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getNote() {
        return note;
    }

    public String getFileText() {
        return fileText;
    }
}
