package nl.kompas.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An image of the library: what it is, who uploaded it and which scaled copies it has. The bytes
 * of the image and of its copies are {@link MediaFile}s, read only to serve them.
 */
@Entity
@Table(name = "media_item")
@NamedQuery(name = "MediaItem.findBySha256", query = "select m from MediaItem m where m.sha256 = :sha256")
@NamedQuery(name = "MediaItem.findByHash", query = "select m from MediaItem m where m.hash = :hash")
@NamedQuery(name = "MediaItem.findAll", query = "select m from MediaItem m order by m.uploadedAt desc, m.id desc")
public class MediaItem {

    public static final int MAX_ALT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Of the bytes as uploaded: the same bytes are stored once. */
    @Column(nullable = false, length = 64)
    private String sha256;

    /** The start of the SHA-256 that is part of every public name. */
    @Column(name = "url_hash", nullable = false, length = MediaName.HASH_LENGTH)
    private String hash;

    @Column(name = "base_name", nullable = false, length = 80)
    private String baseName;

    @Enumerated(EnumType.STRING)
    @Column(name = "image_type", nullable = false, length = 10)
    private ImageType type;

    /** As shown: a photo turned by its EXIF orientation has its sides swapped. */
    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    /** The widths of the scaled copies, "240,480,960": stored, so a later change of widths keeps old images whole. */
    @Column(name = "scaled_widths", nullable = false, length = 100)
    private String scaledWidths;

    @Enumerated(EnumType.STRING)
    @Column(name = "scaled_type", nullable = false, length = 10)
    private ImageType scaledType;

    @Column(name = "alt_text", nullable = false, length = MAX_ALT_LENGTH)
    private String alt;

    @Column(name = "uploaded_by_account", nullable = false)
    private long uploadedByAccount;

    @Column(name = "uploaded_by_name", nullable = false, length = 200)
    private String uploadedByName;

    /** In UTC, like every time the database holds. */
    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Version
    private int version;

    protected MediaItem() {}

    MediaItem(
            MediaName name,
            String sha256,
            int width,
            int height,
            long byteSize,
            List<Integer> scaledWidths,
            ImageType scaledType,
            String alt,
            long uploadedByAccount,
            String uploadedByName) {
        this.sha256 = Objects.requireNonNull(sha256);
        this.hash = name.hash();
        this.baseName = name.base();
        this.type = ImageType.fromExtension(name.extension()).orElseThrow();
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.scaledWidths = scaledWidths.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.scaledType = scaledType;
        describe(alt);
        this.uploadedByAccount = uploadedByAccount;
        this.uploadedByName = Objects.requireNonNull(uploadedByName);
        this.uploadedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Alt text is what a visitor who cannot see the image gets instead: never empty. */
    void describe(String newAlt) {
        if (newAlt == null || newAlt.isBlank()) {
            throw new MediaRefusal(MediaRefusal.Field.ALT, "media.alt.required");
        }
        if (newAlt.strip().length() > MAX_ALT_LENGTH) {
            throw new MediaRefusal(MediaRefusal.Field.ALT, "media.alt.too-long", MAX_ALT_LENGTH);
        }
        this.alt = newAlt.strip();
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getHash() {
        return hash;
    }

    public ImageType getType() {
        return type;
    }

    public MediaName getName() {
        return new MediaName(baseName, hash, null, type.extension());
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getByteSize() {
        return byteSize;
    }

    public List<Integer> getScaledWidths() {
        return scaledWidths.isEmpty()
                ? List.of()
                : Arrays.stream(scaledWidths.split(",")).map(Integer::valueOf).toList();
    }

    public ImageType getScaledType() {
        return scaledType;
    }

    public String getAlt() {
        return alt;
    }

    public long getUploadedByAccount() {
        return uploadedByAccount;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public Instant getUploadedAt() {
        return uploadedAt.toInstant(ZoneOffset.UTC);
    }
}
