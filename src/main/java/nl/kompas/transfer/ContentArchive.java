package nl.kompas.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.kompas.content.MediaServlet;

/**
 * An uploaded zip read as a content folder: Markdown files in services/, consultants/, cases/ and
 * articles/, images in media/. Everything is checked before a single file is parsed: entry names
 * that lead out of the folder refuse the whole zip (so nothing can be written outside media/), and
 * every entry is unpacked once, counting the bytes that actually come out, so a zip that unpacks to
 * more than the limits allow is refused whatever its headers claim. Anything else in the zip is
 * skipped with a notice, as the content loader skips it in a content folder.
 *
 * <p>A zip of the content folder itself ("content/articles/…") is read as well: one folder around
 * everything is taken off.
 */
public final class ContentArchive implements Closeable {

    /** The folders of Markdown items, in the order they load: each may name items of the ones before. */
    public static final List<String> ITEM_FOLDERS = List.of("services", "consultants", "cases", "articles");

    static final String MEDIA = "media";

    /** A Markdown file of the zip: its path in the content folder, and the zip entry it is in. */
    public record TextFile(String path, String entryName) {}

    /** An image of the zip, with the SHA-256 of its bytes. */
    public record MediaFile(String name, String entryName, String sha256) {

        public String path() {
            return MEDIA + "/" + name;
        }
    }

    private final ZipFile zip;
    private final ImportLimits limits;
    private final Map<String, List<TextFile>> textFiles = new LinkedHashMap<>();
    private final List<MediaFile> mediaFiles = new ArrayList<>();
    private final List<ImportNotice> notices = new ArrayList<>();
    private long unpacked;

    private ContentArchive(ZipFile zip, ImportLimits limits) {
        this.zip = zip;
        this.limits = limits;
        ITEM_FOLDERS.forEach(folder -> textFiles.put(folder, new ArrayList<>()));
    }

    /** Opens and checks a zip; refuses it, with the reason, when it cannot be imported at all. */
    public static ContentArchive open(Path file, ImportLimits limits) throws ImportRefusedException {
        requireZipFile(file, limits);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw damaged(e);
        }
        ContentArchive archive = new ContentArchive(zip, limits);
        try {
            archive.scan();
            return archive;
        } catch (ImportRefusedException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** The Markdown files of one of the {@link #ITEM_FOLDERS}, by path. */
    public List<TextFile> textFiles(String folder) {
        return Collections.unmodifiableList(textFiles.get(folder));
    }

    public List<MediaFile> mediaFiles() {
        return Collections.unmodifiableList(mediaFiles);
    }

    /** What the zip holds that the import skips. */
    public List<ImportNotice> notices() {
        return Collections.unmodifiableList(notices);
    }

    /** The bytes of a Markdown file; the check when the zip was opened bounds their size. */
    public byte[] read(TextFile file) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(file.entryName()))) {
            return in.readNBytes((int) limits.maxTextFileBytes() + 1);
        }
    }

    /** The bytes of an image, to be copied; the check when the zip was opened bounds their size. */
    public InputStream open(MediaFile file) throws IOException {
        return zip.getInputStream(zip.getEntry(file.entryName()));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Only read from; nothing is lost.
        }
    }

    private static void requireZipFile(Path file, ImportLimits limits) throws ImportRefusedException {
        byte[] start;
        try {
            if (Files.size(file) > limits.maxZipBytes()) {
                throw tooLarge(limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(4);
            }
        } catch (IOException e) {
            throw damaged(e);
        }
        // A zip starts with a local file header, or with the end record when it is empty.
        boolean zip = start.length == 4
                && start[0] == 'P'
                && start[1] == 'K'
                && ((start[2] == 3 && start[3] == 4) || (start[2] == 5 && start[3] == 6));
        if (!zip) {
            throw new ImportRefusedException("transfer.refused.not-zip", "Not a zip file");
        }
    }

    static ImportRefusedException tooLarge(ImportLimits limits) {
        return new ImportRefusedException(
                "transfer.refused.too-large",
                "Larger than " + limits.maxZipBytes() + " bytes",
                ImportLimits.inMegabytes(limits.maxZipBytes()));
    }

    private static ImportRefusedException damaged(IOException e) {
        return new ImportRefusedException("transfer.refused.damaged", "Unreadable zip: " + e.getMessage());
    }

    private void scan() throws ImportRefusedException {
        if (zip.size() > limits.maxEntries()) {
            throw new ImportRefusedException(
                    "transfer.refused.too-many-entries",
                    "More than " + limits.maxEntries() + " entries",
                    limits.maxEntries());
        }
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        try {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String path = ArchivePath.safe(entry.getName());
                if (path == null || entry.isDirectory()) {
                    continue;
                }
                if (ArchivePath.isSystemFile(path)) {
                    notices.add(ImportNotice.of(path, "transfer.notice.system-file"));
                } else if (files.put(path, entry) != null) {
                    throw new ImportRefusedException("transfer.refused.duplicate", "Two entries are " + path, path);
                }
            }
        } catch (IllegalArgumentException e) {
            // ZipFile's entry names that are not UTF-8 surface here.
            throw damaged(new IOException(e.getMessage(), e));
        }
        String root = ArchivePath.commonRoot(files.keySet());
        files.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(file -> classify(file.getKey().substring(root.length()), file.getValue()));
        if (textFiles.values().stream().allMatch(List::isEmpty) && mediaFiles.isEmpty()) {
            throw new ImportRefusedException("transfer.refused.empty", "No content files");
        }
        unpackAll();
    }

    /**
     * Unpacks every file that will be read, counting what comes out: the zip's own size fields
     * can say anything. Images are hashed on the way, to tell a changed image from the same one.
     */
    private void unpackAll() throws ImportRefusedException {
        try {
            for (List<TextFile> folder : textFiles.values()) {
                for (TextFile file : folder) {
                    try (InputStream in = zip.getInputStream(zip.getEntry(file.entryName()))) {
                        long size = unpack(in, OutputStream.nullOutputStream(), limits.maxTextFileBytes());
                        if (size > limits.maxTextFileBytes()) {
                            throw new ImportRefusedException(
                                    "transfer.refused.file-too-large",
                                    file.path() + " is larger than " + limits.maxTextFileBytes() + " bytes",
                                    file.path(),
                                    ImportLimits.inMegabytes(limits.maxTextFileBytes()));
                        }
                    }
                }
            }
            for (int i = 0; i < mediaFiles.size(); i++) {
                MediaFile file = mediaFiles.get(i);
                MessageDigest sha256 = sha256();
                try (InputStream in = zip.getInputStream(zip.getEntry(file.entryName()));
                        OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
                    unpack(in, digest, Long.MAX_VALUE);
                }
                mediaFiles.set(
                        i,
                        new MediaFile(
                                file.name(), file.entryName(), HexFormat.of().formatHex(sha256.digest())));
            }
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    /** Copies at most one byte more than {@code max}, adding to the total; refuses once the total is too large. */
    private long unpack(InputStream in, OutputStream out, long max) throws IOException, ImportRefusedException {
        byte[] buffer = new byte[8192];
        long size = 0;
        int read;
        while (size <= max && (read = in.read(buffer)) >= 0) {
            size += read;
            unpacked += read;
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new ImportRefusedException(
                        "transfer.refused.unpacked-too-large",
                        "Unpacks to more than " + limits.maxUnpackedBytes() + " bytes",
                        ImportLimits.inMegabytes(limits.maxUnpackedBytes()));
            }
            out.write(buffer, 0, read);
        }
        return size;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private void classify(String path, ZipEntry entry) {
        String[] segments = path.split("/");
        boolean contentFolder = ITEM_FOLDERS.contains(segments[0]) || segments[0].equals(MEDIA);
        if (segments.length == 2 && ITEM_FOLDERS.contains(segments[0]) && segments[1].endsWith(".md")) {
            textFiles.get(segments[0]).add(new TextFile(path, entry.getName()));
        } else if (segments.length == 2 && segments[0].equals(MEDIA) && MediaServlet.serves(segments[1])) {
            mediaFiles.add(new MediaFile(segments[1], entry.getName(), null));
        } else if (segments.length == 2 && segments[0].equals(MEDIA)) {
            notices.add(ImportNotice.of(path, "transfer.notice.not-image"));
        } else if (contentFolder && segments.length > 2) {
            notices.add(ImportNotice.of(path, "transfer.notice.nested"));
        } else {
            notices.add(ImportNotice.of(path, "transfer.notice.not-content"));
        }
    }
}
