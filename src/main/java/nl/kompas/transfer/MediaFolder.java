package nl.kompas.transfer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.kompas.content.MediaServlet;
import nl.kompas.platform.SiteConfig;

/**
 * Where export and import find and keep images: for now the media/ folder of the content folder,
 * which {@link MediaServlet} serves. The one class to change when the media library takes images
 * over.
 */
@ApplicationScoped
public class MediaFolder {

    private static final Logger LOG = Logger.getLogger(MediaFolder.class.getName());

    @Inject
    SiteConfig site;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The names of the images the site serves, sorted. */
    public List<String> names() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(MediaServlet::serves)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the media folder " + folder, e);
        }
    }

    public InputStream open(String name) throws IOException {
        return Files.newInputStream(file(name));
    }

    /** The SHA-256 of an image the site has, or empty when it has none by that name. */
    public Optional<String> sha256(String name) throws IOException {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        MessageDigest digest = ContentArchive.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Writes an image as part of the current transaction: into a hidden file beside it now, so a
     * full disk fails the import before anything commits, and into place once the transaction has
     * committed. A rollback leaves the folder as it was.
     */
    public void writeOnCommit(String name, InputStream content) throws IOException {
        Path target = file(name);
        Files.createDirectories(target.getParent());
        Path staged = Files.createTempFile(target.getParent(), ".import-", ".tmp");
        try {
            Files.copy(content, staged, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                try {
                    if (status == Status.STATUS_COMMITTED) {
                        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        Files.deleteIfExists(staged);
                    }
                } catch (IOException e) {
                    // The content has committed; only this image is missing or old.
                    LOG.log(Level.SEVERE, "Imported image " + name + " could not be put in place", e);
                }
            }
        });
    }

    private Path folder() {
        return site.getContentDir().resolve("media");
    }

    private Path file(String name) {
        if (!MediaServlet.serves(name)) {
            throw new IllegalArgumentException("Not a media file name: " + name);
        }
        return folder().resolve(name);
    }
}
