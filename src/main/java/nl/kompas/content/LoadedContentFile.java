package nl.kompas.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A file of the content folder that has been loaded, so that a restart loads it no second time. */
@Entity
@Table(name = "content_file")
public class LoadedContentFile {

    @Id
    @Column(length = 500)
    private String path;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    protected LoadedContentFile() {}

    LoadedContentFile(String path, String sha256, LocalDateTime loadedAt) {
        this.path = path;
        this.sha256 = sha256;
        this.loadedAt = loadedAt;
    }

    public String getPath() {
        return path;
    }
}
