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
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.search.SearchIndexListener;

/**
 * What articles, case studies and service pages share: a slug, a title, a Markdown body and a
 * publication status. The invariants live here: no item without a valid slug and a title.
 */
@MappedSuperclass
@EntityListeners({PageCacheListener.class, SearchIndexListener.class})
public abstract class PublishableItem implements EditableItem {

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

    /** When a scheduled item publishes itself, in UTC; null unless the status is SCHEDULED. */
    @Column(name = "publish_at")
    private LocalDateTime publishAt;

    /**
     * Whether visitors have ever been able to see the item: its old address then keeps working
     * after a slug change (see {@link SlugRedirects}).
     */
    @Column(name = "ever_published", nullable = false)
    private boolean everPublished;

    @Version
    private int version;

    /** "nl" or "en": which half of the site shows the item, see {@link SiteLanguage}. */
    @Column(nullable = false, length = 2)
    private String language = SiteLanguage.NL.getTag();

    /**
     * The id of the same item in the other language, of the same type, or null. The link is kept
     * on both sides (see {@link #linkTranslation}), so either page finds the other in one look-up.
     */
    @Column(name = "translation_id")
    private Long translationId;

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

    /** Makes the item public now. */
    public void publish() {
        checkReadyToPublish();
        this.status = PublicationStatus.PUBLISHED;
        this.publishAt = null;
        this.everPublished = true;
    }

    /** Takes the item off the site; it becomes a draft again. */
    public void unpublish() {
        this.status = PublicationStatus.DRAFT;
        this.publishAt = null;
    }

    /** Hands a draft to the editors. A published item is taken off the site first, by an editor. */
    public void submitForReview() {
        if (isPublished()) {
            throw new IllegalStateException("A published item is unpublished before it goes back to review");
        }
        this.status = PublicationStatus.IN_REVIEW;
        this.publishAt = null;
    }

    /**
     * Lets the item publish itself at a moment to come. An item that is public already cannot be
     * scheduled: it would disappear until then.
     */
    public void schedule(Instant at) {
        Objects.requireNonNull(at);
        if (isPublished()) {
            throw new IllegalStateException("A published item cannot be scheduled");
        }
        checkReadyToPublish();
        this.status = PublicationStatus.SCHEDULED;
        this.publishAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Publishes a scheduled item whose time has come; true when it did. */
    public boolean publishIfDue(Instant now) {
        if (status != PublicationStatus.SCHEDULED || getPublishAt().isAfter(now)) {
            return false;
        }
        publish();
        return true;
    }

    /**
     * Refuses to publish or schedule what may not reach visitors; subclasses add their own rules
     * (an article needs an author). The title and slug are guarded by every change already.
     */
    protected void checkReadyToPublish() {}

    /** The status a content file gives: files know only drafts and published items. */
    public void changeStatus(PublicationStatus newStatus) {
        switch (newStatus) {
            case PUBLISHED -> publish();
            case DRAFT -> unpublish();
            case IN_REVIEW -> submitForReview();
            case SCHEDULED -> throw new IllegalArgumentException("Scheduling needs a time: use schedule(Instant)");
        }
    }

    /**
     * The status a content file gives, with the time of a scheduled one. The file is the truth here,
     * not a step in the workflow: a published item whose file says it is in review or scheduled is
     * taken off the site first, as an editor would.
     *
     * @param publishAt when a scheduled item publishes itself; ignored for the other statuses
     */
    public void changeStatus(PublicationStatus newStatus, Instant publishAt) {
        if (isPublished() && (newStatus == PublicationStatus.IN_REVIEW || newStatus == PublicationStatus.SCHEDULED)) {
            unpublish();
        }
        if (newStatus == PublicationStatus.SCHEDULED) {
            schedule(publishAt);
        } else {
            changeStatus(newStatus);
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

    public SiteLanguage getLanguage() {
        return SiteLanguage.ofStored(language);
    }

    /** Moves the item to the other half of the site; a translation link across languages goes. */
    public void changeLanguage(SiteLanguage newLanguage) {
        this.language = newLanguage.getTag();
    }

    public Long getTranslationId() {
        return translationId;
    }

    /**
     * Names {@code other} as this item's translation and this item as other's. Both must be saved
     * items of the same type in different languages; their earlier partners are for the caller to
     * unlink (see {@link #unlinkTranslation}).
     */
    public void linkTranslation(PublishableItem other) {
        if (other.getClass() != getClass() || other.getId() == null || getId() == null) {
            throw new IllegalArgumentException("A translation is a saved item of the same type");
        }
        if (other.getLanguage() == getLanguage()) {
            throw new IllegalArgumentException("The translation '" + other.getSlug() + "' is in "
                    + getLanguage().getTag() + " as well; a translation is in the other language");
        }
        this.translationId = other.getId();
        other.pointToTranslation(getId());
    }

    /** Each side writes its own field: JPA tracks a change made through the entity itself. */
    private void pointToTranslation(Long id) {
        this.translationId = id;
    }

    /** Forgets the translation on this side; the caller unlinks the other side. */
    public void unlinkTranslation() {
        this.translationId = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String getLabel() {
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

    /** When a scheduled item publishes itself; null for any other status. */
    public Instant getPublishAt() {
        return publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC);
    }

    @Override
    public boolean isEverPublished() {
        return everPublished || isPublished();
    }

    /** The optimistic-lock version: an editor saves against the version they loaded. */
    @Override
    public int getVersion() {
        return version;
    }

    @Override
    public Instant getUpdatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    @PrePersist
    @PreUpdate
    void recordChange() {
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
}
