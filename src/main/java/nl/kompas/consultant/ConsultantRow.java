package nl.kompas.consultant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.kompas.editing.AdminRows;

/** One line of the admin's list of consultants, without the bio. Getters, not a record, for Jakarta EL 5. */
public final class ConsultantRow implements AdminRows.Row {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final String slug;
    private final String role;
    private final Instant updatedAt;

    /** For the JPQL constructor expression: the timestamp column holds UTC without a zone. */
    public ConsultantRow(Long id, String name, String slug, String role, LocalDateTime updatedAt) {
        this.id = id;
        this.name = name;
        this.slug = slug;
        this.role = role;
        this.updatedAt = updatedAt.toInstant(ZoneOffset.UTC);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getRole() {
        return role;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
