package nl.kompas.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An old slug of an item that visitors have seen. It names the item rather than the slug the item
 * moved to, so renames never chain: the old address leads to wherever the item is now.
 */
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false, length = 40)
    private String itemType;

    @Column(name = "old_slug", nullable = false, length = Slug.MAX_LENGTH)
    private String oldSlug;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected SlugRedirect() {}

    SlugRedirect(String itemType, String oldSlug, long itemId, Instant createdAt) {
        this.itemType = itemType;
        this.oldSlug = oldSlug;
        this.itemId = itemId;
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }

    public String getOldSlug() {
        return oldSlug;
    }

    public Long getItemId() {
        return itemId;
    }

    void pointAt(long newItemId) {
        this.itemId = newItemId;
    }
}
