package nl.kompas.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A file of the content folder that has been loaded, so that a restart loads it no second time,
 * with the SHA-256 of what was loaded, so that a later edit of the file can be noticed.
 */
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

    /** The SHA-256 of a file's bytes in hexadecimal, as stored for every loaded file. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String getPath() {
        return path;
    }

    public String getSha256() {
        return sha256;
    }

    /** Whether the file as loaded had these bytes; false once it has been edited. */
    boolean hasSha256(String other) {
        return sha256.equals(other);
    }

    /** When it was loaded (UTC), to the minute, for a log message. */
    LocalDateTime loadedOn() {
        return loadedAt.truncatedTo(ChronoUnit.MINUTES);
    }
}
