package nl.kompas.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of the media library. Consultants, editors and admins may upload; editors and admins
 * may also change any image's alt text and delete images, a consultant only change the alt text
 * of images they uploaded. Every image needs alt text, is checked by its content and stored once.
 * An image that content uses cannot be deleted.
 */
@ApplicationScoped
public class MediaLibrary {

    /** Who imported files are recorded as uploaded by. */
    static final String IMPORT_UPLOADER = "Import";

    @Inject
    MediaRepository repository;

    @Inject
    @ConfigProperty(name = "site.media.max-upload-mb", defaultValue = "10")
    int maxUploadMb;

    /**
     * One image is decoded and scaled at a time: a large photo takes some 100 MB of heap while it
     * is, and the site runs in 256 MB. Uploads are rare; a second one waits a second or two.
     */
    private final Semaphore decoding = new Semaphore(1);

    /** What pages need of each image, by hash: it never changes while the image exists. */
    private final Map<String, ResponsiveImage> responsive = new ConcurrentHashMap<>();

    @Inject
    AuditLog audit;

    /** The largest upload accepted, in MB (site.media.max-upload-mb). */
    public int getMaxUploadMb() {
        return maxUploadMb;
    }

    public long maxUploadBytes() {
        return maxUploadMb * 1024L * 1024L;
    }

    /**
     * Adds an uploaded image, or gives the library's image with the same bytes.
     *
     * @param fileName the name the file had on the uploader's computer; only its readable part is
     *     used, for the public name
     * @throws MediaRefusal when the actor may not upload, the alt text is missing, or the file is
     *     too large, not a JPEG, PNG or WebP, has too many pixels or cannot be decoded
     */
    public LibraryImage upload(Actor actor, String fileName, byte[] bytes, String alt) {
        if (!(actor.has(Role.CONSULTANT) || actor.has(Role.EDITOR))) {
            throw new MediaRefusal(MediaRefusal.Field.NONE, "media.not-allowed");
        }
        requireAlt(alt);
        if (bytes == null || bytes.length == 0) {
            throw new MediaRefusal(MediaRefusal.Field.FILE, "media.file.required");
        }
        if (bytes.length > maxUploadBytes()) {
            throw new MediaRefusal(MediaRefusal.Field.FILE, "media.file.too-large", maxUploadMb);
        }
        LibraryImage image = LibraryImage.of(add(fileName, bytes, alt, actor.accountId(), actor.name()));
        audit.record(actor, "media.uploaded", subject(image.id(), image.fileName()), image.url());
        return image;
    }

    /**
     * Adds a file of a content folder's media/ directory (an import). A file named by its public
     * name, as an export writes it ({@code team-3f9a1c2b4d5e6f70.jpg}), keeps that name and so its
     * URL; any other file gets the public name of its bytes, which the returned image gives. The
     * caller checks who may import; the upload size limit does not apply, the other checks do.
     *
     * @param alt the alt text; when empty, the readable part of the file name stands in for it,
     *     to be improved in the admin
     */
    public LibraryImage importFile(String fileName, byte[] bytes, String alt) {
        String description =
                alt == null || alt.isBlank() ? MediaName.baseFrom(fileName).replace('-', ' ') : alt;
        return LibraryImage.of(add(fileName, bytes, description, 0, IMPORT_UPLOADER));
    }

    /**
     * Every image, newest first: for the admin and the image picker. (In a transaction, as
     * {@link #find}: an editor's page reads them while it renders, and Payara's clean-up of an
     * entity manager used outside one failed such a request now and then.)
     */
    @Transactional
    public List<LibraryImage> list() {
        return repository.findAll().stream().map(LibraryImage::of).toList();
    }

    /** The library image a URL names (of the image or any of its copies, site path or absolute), if any. */
    @Transactional
    public Optional<LibraryImage> find(String url) {
        return MediaName.fromUrl(url)
                .flatMap(name -> repository.findByHash(name.hash()))
                .map(LibraryImage::of);
    }

    /**
     * The srcset, src and size for a library image's URL; empty for any other URL. Public pages call
     * this while they render, outside any transaction of their own: hence one here, as for
     * {@link #find}.
     */
    @Transactional
    public Optional<ResponsiveImage> responsive(String url) {
        Optional<MediaName> name = MediaName.fromUrl(url);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        ResponsiveImage known = responsive.get(name.get().hash());
        if (known != null) {
            return Optional.of(known);
        }
        // Only images that exist are remembered: a URL written before its upload works once uploaded.
        Optional<ResponsiveImage> found =
                repository.findByHash(name.get().hash()).map(ResponsiveImage::of);
        found.ifPresent(image -> responsive.put(name.get().hash(), image));
        return found;
    }

    /** The bytes of a public file of the library (an image as uploaded or a copy), by file name. */
    @Transactional
    public Optional<MediaFile> file(String fileName) {
        return MediaName.parse(fileName).isEmpty() ? Optional.empty() : repository.findFile(fileName);
    }

    /** Whether the library has a public file of that name (for a 304, which needs no bytes). */
    @Transactional
    public boolean hasFile(String fileName) {
        return MediaName.parse(fileName).isPresent() && repository.hasFile(fileName);
    }

    /**
     * Changes an image's alt text: editors and admins any image's, a consultant that of an image
     * they uploaded.
     */
    public LibraryImage describe(Actor actor, long id, String alt) {
        MediaItem item =
                repository.findById(id).orElseThrow(() -> new MediaRefusal(MediaRefusal.Field.NONE, "media.not-found"));
        boolean own = actor.has(Role.CONSULTANT) && item.getUploadedByAccount() == actor.accountId();
        if (!(actor.has(Role.EDITOR) || own)) {
            throw new MediaRefusal(MediaRefusal.Field.NONE, "media.not-allowed");
        }
        requireAlt(alt);
        LibraryImage image = LibraryImage.of(repository.describe(id, alt));
        audit.record(actor, "media.described", subject(image.id(), image.fileName()), alt);
        return image;
    }

    /**
     * Deletes an image with its copies. Editors and admins only.
     *
     * @throws MediaInUse naming the content that uses it
     */
    public void delete(Actor actor, long id) {
        if (!actor.has(Role.EDITOR)) {
            throw new MediaRefusal(MediaRefusal.Field.NONE, "media.not-allowed");
        }
        MediaItem item =
                repository.findById(id).orElseThrow(() -> new MediaRefusal(MediaRefusal.Field.NONE, "media.not-found"));
        List<MediaUsage> usages = repository.deleteUnlessUsed(id);
        if (!usages.isEmpty()) {
            throw new MediaInUse(usages);
        }
        responsive.remove(item.getHash());
        audit.record(actor, "media.deleted", subject(id, item.getName().fileName()), null);
    }

    /**
     * The repository commits each change in its own transaction, so its audit entry follows in
     * another, just after: an entry is never written for a change that failed.
     */
    private static AuditLog.Subject subject(long id, String name) {
        return new AuditLog.Subject("media", id, name);
    }

    /** The content that shows this image, for the admin to say so before anyone tries to delete it. */
    public List<MediaUsage> usagesOf(LibraryImage image) {
        return MediaName.fromUrl(image.url())
                .map(name -> repository.usagesOf(name.hash()))
                .orElse(List.of());
    }

    private MediaItem add(String fileName, byte[] bytes, String alt, long account, String uploader) {
        requireAlt(alt);
        ImageType type = ImageType.detect(bytes)
                .orElseThrow(() -> new MediaRefusal(MediaRefusal.Field.FILE, "media.file.not-an-image"));
        String sha256 = sha256(bytes);
        Optional<MediaItem> existing = repository.findBySha256(sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        MediaName name = MediaName.original(MediaName.baseFrom(fileName), sha256, type);
        List<StoredCopy> files = new ArrayList<>();
        MediaItem item;
        decoding.acquireUninterruptibly();
        try {
            ImageDecoder.Decoded decoded = ImageDecoder.decode(bytes, type);
            ImageType copyType = ImageScaler.copyType(type, decoded.pixels());
            List<Integer> widths = ScaledWidths.below(decoded.width());
            files.add(new StoredCopy(name, decoded.width(), decoded.height(), bytes));
            files.addAll(ImageScaler.copies(decoded, name, copyType, widths));
            item = new MediaItem(
                    name,
                    sha256,
                    decoded.width(),
                    decoded.height(),
                    bytes.length,
                    widths,
                    copyType,
                    alt,
                    account,
                    uploader);
        } finally {
            decoding.release();
        }
        try {
            return repository.add(item, files);
        } catch (RuntimeException e) {
            // The same bytes, uploaded by someone else a moment ago: theirs is the library's image.
            return repository.findBySha256(sha256).orElseThrow(() -> e);
        }
    }

    private static void requireAlt(String alt) {
        if (alt == null || alt.isBlank()) {
            throw new MediaRefusal(MediaRefusal.Field.ALT, "media.alt.required");
        }
        if (alt.strip().length() > MediaItem.MAX_ALT_LENGTH) {
            throw new MediaRefusal(MediaRefusal.Field.ALT, "media.alt.too-long", MediaItem.MAX_ALT_LENGTH);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
