package nl.kompas.casestudy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.QueueEntry;

/**
 * One line of the admin's list of cases: what the list shows and sorts by, without the body, so a
 * page of the list reads a few columns of a few rows. Getters, not a record, for Jakarta EL 5.
 */
public final class CaseRow implements QueueEntry.Source {

    private static final long serialVersionUID = 1L;

    private final String language;

    private final Long id;
    private final String title;
    private final String slug;
    private final String client;
    private final String sector;
    private final PublicationStatus status;
    private final LocalDate date;
    private final Instant updatedAt;
    private final Instant publishAt;

    /** For the JPQL constructor expression: the timestamp columns hold UTC without a zone. */
    public CaseRow(
            Long id,
            String title,
            String slug,
            String client,
            String sector,
            PublicationStatus status,
            LocalDate date,
            LocalDateTime updatedAt,
            LocalDateTime publishAt,
            String language) {
        this.language = language;
        this.id = id;
        this.title = title;
        this.slug = slug;
        this.client = client;
        this.sector = sector;
        this.status = status;
        this.date = date;
        this.updatedAt = updatedAt.toInstant(ZoneOffset.UTC);
        this.publishAt = publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC);
    }

    /** "nl" or "en": the list shows which half of the site the item is on. */
    public String getLanguage() {
        return language;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getClient() {
        return client;
    }

    public String getSector() {
        return sector;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When a scheduled case will appear; null otherwise. */
    public Instant getPublishAt() {
        return publishAt;
    }

    /** On the dashboard: the client. */
    @Override
    public String getQueueDetail() {
        return getClient();
    }
}
