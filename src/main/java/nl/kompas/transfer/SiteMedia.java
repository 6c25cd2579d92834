package nl.kompas.transfer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.kompas.content.MediaServlet;
import nl.kompas.media.MediaFile;
import nl.kompas.media.MediaLibrary;
import nl.kompas.media.MediaName;
import nl.kompas.platform.SiteConfig;

/**
 * Where export and import find and keep the site's images, in one class. Two places hold them: the
 * media library (JPEG, PNG and WebP uploaded in the admin, in the database, at
 * /media/{name}-{hash}.{ext}) and the media/ folder of the content folder (any other image, at its
 * own name). Every image keeps its URL through an export and an import: a file named by a library
 * name whose hash is that of its bytes, as an export writes library images, goes into the library;
 * any other file into the content folder, under its own name.
 */
@ApplicationScoped
public class SiteMedia {

    private static final Logger LOG = Logger.getLogger(SiteMedia.class.getName());

    @Inject
    SiteConfig site;

    @Inject
    MediaLibrary library;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The file names of every image, sorted: the library's as uploaded (not its scaled copies), then the folder's. */
    public List<String> names() {
        Set<String> names = new TreeSet<>();
        library.list().forEach(image -> names.add(image.fileName()));
        names.addAll(folderNames());
        return List.copyOf(names);
    }

    /** The bytes of an image that {@link #names()} gave. */
    public InputStream open(String name) throws IOException {
        Optional<MediaFile> libraryFile = library.file(name);
        if (libraryFile.isPresent()) {
            return new ByteArrayInputStream(libraryFile.get().getBytes());
        }
        return Files.newInputStream(file(name));
    }

    /** What importing an image with these bytes under this name does. */
    public ImportOutcome outcome(String name, String sha256) throws IOException {
        if (isLibraryName(name, sha256)) {
            // The name holds the hash of the bytes: the same name is the same image.
            return library.hasFile(name) ? ImportOutcome.UNCHANGED : ImportOutcome.NEW;
        }
        Optional<String> current = folderSha256(name);
        if (current.isEmpty()) {
            return ImportOutcome.NEW;
        }
        return current.get().equals(sha256) ? ImportOutcome.UNCHANGED : ImportOutcome.CHANGED;
    }

    /**
     * Keeps an imported image where its name belongs. A library image is stored at once, in a
     * transaction of its own as every upload is (it stays in the library, unused, should the import
     * then fail); a folder file once the current transaction has committed.
     */
    public void store(String name, String sha256, InputStream content) throws IOException {
        if (isLibraryName(name, sha256)) {
            library.importFile(name, content.readAllBytes(), null);
        } else {
            writeOnCommit(name, content);
        }
    }

    /** An export's name of a library image: "{name}-{first 16 hex digits of its SHA-256}.{ext}", no copy. */
    private static boolean isLibraryName(String name, String sha256) {
        return MediaName.parse(name)
                .filter(parsed -> parsed.width() == null && sha256.startsWith(parsed.hash()))
                .isPresent();
    }

    private List<String> folderNames() {
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

    /** The SHA-256 of an image of the folder, or empty when it has none by that name. */
    private Optional<String> folderSha256(String name) throws IOException {
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
    private void writeOnCommit(String name, InputStream content) throws IOException {
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
