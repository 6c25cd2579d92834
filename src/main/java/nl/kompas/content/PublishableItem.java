package nl.kompas.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.kompas.search.SearchIndexListener;

/**
 * What articles, case studies and service pages share: a slug, a title, a Markdown body and a
 * publication status. The invariants live here: no item without a valid slug and a title.
 */
@MappedSuperclass
@EntityListeners({PageCacheListener.class, SearchIndexListener.class})
public abstract class PublishableItem implements ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Embedded
    private MarkdownBody body;

    @Version
    private int version;

    /** Whether visitors could see the item when it was loaded or last saved, for the page cache. */
    @Transient
    private boolean publishedBefore;
    /**
     * When the item last changed, whatever changed: the sitemap's lastmod. In UTC, because the column holds
     * no zone, and the server's own zone must not move it.
     */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected PublishableItem() {}

    protected PublishableItem(String slug, String title, MarkdownBody body) {
        changeSlug(slug);
        retitle(title);
        rewrite(body);
    }

    public final void changeSlug(String newSlug) {
        if (!Slug.isValid(newSlug)) {
            throw new IllegalArgumentException("Not a valid slug: " + newSlug);
        }
        this.slug = newSlug;
    }

    public final void retitle(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("An item needs a title");
        }
        this.title = newTitle.strip();
    }

    public final void rewrite(MarkdownBody newBody) {
        this.body = Objects.requireNonNull(newBody);
    }

    public void publish() {
        this.status = PublicationStatus.PUBLISHED;
    }

    public void unpublish() {
        this.status = PublicationStatus.DRAFT;
    }

    public void changeStatus(PublicationStatus newStatus) {
        if (newStatus == PublicationStatus.PUBLISHED) {
            publish();
        } else {
            unpublish();
        }
    }

    /**
     * A draft that stays a draft appears in no list; an item that is or was published does, so its
     * changes reach the lists.
     */
    @Override
    public boolean isListed() {
        return publishedBefore || isPublished();
    }

    void rememberListedState() {
        publishedBefore = isPublished();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public MarkdownBody getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    @PrePersist
    @PreUpdate
    void recordChange() {
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
}
