package nl.kompas.transfer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zip is read as a content folder, and refused before any parsing when it cannot be imported safely. */
class ContentArchiveTest {

    private static final ImportLimits ROOMY = new ImportLimits(1_000_000, 5_000_000, 100, 100_000);

    @TempDir
    Path folder;

    @Test
    void readsTheContentFoldersAndSkipsEverythingElseWithANotice() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("services/teamcoaching.md", text("service"));
        files.put("articles/b.md", text("b"));
        files.put("articles/a.md", text("a"));
        files.put("articles/", new byte[0]);
        files.put("media/leercyclus.svg", text("<svg/>"));
        files.put("media/script.js", text("alert(1)"));
        files.put("articles/oud/c.md", text("c"));
        files.put("articles/notities.txt", text("n"));
        files.put(".DS_Store", new byte[] {0});
        files.put("__MACOSX/articles/._a.md", new byte[] {0});
        files.put("README.md", text("readme"));

        try (ContentArchive archive = ContentArchive.open(zip(files), ROOMY)) {
            assertEquals(
                    List.of("articles/a.md", "articles/b.md"),
                    archive.textFiles("articles").stream()
                            .map(ContentArchive.TextFile::path)
                            .toList());
            assertEquals(1, archive.textFiles("services").size());
            assertEquals(
                    "text b",
                    new String(archive.read(archive.textFiles("articles").get(1)), UTF_8));
            assertEquals(
                    List.of("leercyclus.svg"),
                    archive.mediaFiles().stream()
                            .map(ContentArchive.MediaFile::name)
                            .toList());
            assertEquals(64, archive.mediaFiles().get(0).sha256().length());
            assertEquals(
                    List.of(
                            ".DS_Store system-file",
                            "__MACOSX/articles/._a.md system-file",
                            "README.md not-content",
                            "articles/notities.txt not-content",
                            "articles/oud/c.md nested",
                            "media/script.js not-image"),
                    archive.notices().stream()
                            .map(notice ->
                                    notice.path() + " " + notice.messageKey().substring("transfer.notice.".length()))
                            .toList());
        }
    }

    @Test
    void aZipOfTheContentFolderItselfIsReadToo() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("content/articles/a.md", text("a"));
        files.put("content/media/foto.jpg", text("jpg"));
        try (ContentArchive archive = ContentArchive.open(zip(files), ROOMY)) {
            assertEquals("articles/a.md", archive.textFiles("articles").get(0).path());
            assertEquals("media/foto.jpg", archive.mediaFiles().get(0).path());
        }
    }

    @Test
    void pathsThatLeadOutOfTheFolderRefuseTheWholeZip() throws Exception {
        for (String name : List.of(
                "../articles/a.md",
                "media/../../a.svg",
                "/etc/passwd",
                "C:/Windows/a.md",
                "articles\\..\\..\\a.md",
                "\\\\server\\share\\a.md")) {
            ImportRefusedException refused = assertThrows(
                    ImportRefusedException.class,
                    () -> ContentArchive.open(zip(Map.of("articles/ok.md", text("ok"), name, text("x"))), ROOMY),
                    name);
            assertEquals("transfer.refused.unsafe-path", refused.messageKey(), name);
            assertEquals(name, refused.arguments()[0]);
        }
        assertEquals("articles/a.md", ArchivePath.safe("articles\\a.md"));
        assertEquals("articles/a.md", ArchivePath.safe("./articles//a.md"));
        assertNull(ArchivePath.safe("articles/"));
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        Path notZip = folder.resolve("foto.zip");
        Files.write(notZip, text("GIF89a, not a zip"));
        assertEquals("transfer.refused.not-zip", refusal(notZip, ROOMY));

        Path damaged = folder.resolve("kapot.zip");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertEquals("transfer.refused.damaged", refusal(damaged, ROOMY));

        assertEquals("transfer.refused.empty", refusal(zip(Map.of("notities.txt", text("n"))), ROOMY));
    }

    @Test
    void limitsCountWhatTheZipHoldsAndWhatItUnpacksTo() throws Exception {
        Path bomb = zip(Map.of("media/bom.svg", new byte[3_000_000]));
        assertEquals(true, Files.size(bomb) < 10_000, "small on the wire");
        assertEquals(
                "transfer.refused.unpacked-too-large",
                refusal(bomb, new ImportLimits(1_000_000, 2_000_000, 100, 100_000)));

        Path big = zip(Map.of("articles/lang.md", new byte[200_000]));
        assertEquals("transfer.refused.file-too-large", refusal(big, ROOMY));

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("articles/a" + i + ".md", text("a"));
        }
        assertEquals(
                "transfer.refused.too-many-entries",
                refusal(zip(many), new ImportLimits(1_000_000, 5_000_000, 10, 100_000)));

        assertEquals(
                "transfer.refused.too-large",
                refusal(zip(Map.of("media/a.png", new byte[10])), new ImportLimits(50, 5_000_000, 10, 100_000)));
    }

    @Test
    void anUploadIsCutOffAtTheLimit() throws Exception {
        ImportLimits limits = new ImportLimits(1000, 5000, 10, 1000);
        ImportRefusedException refused = assertThrows(
                ImportRefusedException.class,
                () -> UploadedZip.save(new java.io.ByteArrayInputStream(new byte[1001]), "groot.zip", limits));
        assertEquals("transfer.refused.too-large", refused.messageKey());

        UploadedZip upload = UploadedZip.save(new java.io.ByteArrayInputStream(new byte[1000]), "klein.zip", limits);
        assertEquals(1000, Files.size(upload.path()));
        assertEquals("klein.zip", upload.name());
        upload.delete();
        assertEquals(false, Files.exists(upload.path()));
    }

    private static String refusal(Path zip, ImportLimits limits) {
        return assertThrows(
                        ImportRefusedException.class,
                        () -> ContentArchive.open(zip, limits).close())
                .messageKey();
    }

    private static byte[] text(String text) {
        return ("text " + text).getBytes(UTF_8);
    }

    private Path zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        Path zip = Files.createTempFile(folder, "test-", ".zip");
        Files.write(zip, bytes.toByteArray());
        return zip;
    }
}
