package nl.kompas.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The bytes of one public file: an image as uploaded, or one of its scaled copies, found by its
 * public name. Never cached by JPA (the persistence unit caches only what asks for it), so bytes
 * stay in memory only while they are written to a response.
 */
@Entity
@Table(name = "media_file")
@NamedQuery(name = "MediaFile.findByFileName", query = "select f from MediaFile f where f.fileName = :fileName")
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "media_id")
    private MediaItem item;

    @Column(name = "file_name", nullable = false, length = 100)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "image_type", nullable = false, length = 10)
    private ImageType type;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Lob
    @Column(nullable = false)
    private byte[] bytes;

    protected MediaFile() {}

    MediaFile(MediaItem item, MediaName name, int width, int height, byte[] bytes) {
        this.item = item;
        this.fileName = name.fileName();
        this.type = ImageType.fromExtension(name.extension()).orElseThrow();
        this.width = width;
        this.height = height;
        this.bytes = bytes;
    }

    public String getFileName() {
        return fileName;
    }

    public ImageType getType() {
        return type;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
