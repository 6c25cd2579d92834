package nl.kompas.transfer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The same content always gives the same zip, byte for byte, whenever it is made. */
class ExportArchiveTest {

    @Test
    void theSameContentGivesTheSameBytesWithOneFixedTime() throws Exception {
        byte[] first = export();
        Thread.sleep(2100); // a zip's times count in two seconds
        byte[] second = export();
        assertArrayEquals(first, second);

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry entry = zip.getNextEntry();
            assertEquals("articles/a.md", entry.getName());
            assertEquals(ExportArchive.ENTRY_TIME, entry.getTimeLocal());
            assertNull(entry.getExtra(), "no extended time field, nothing of the moment it was made");
            assertEquals("---\ntitle: A\n---\nTekst.\n", new String(zip.readAllBytes(), UTF_8));
            assertEquals("media/a.svg", zip.getNextEntry().getName());
        }
    }

    private static byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportArchive zip = new ExportArchive(out)) {
            zip.add("articles/a.md", "---\ntitle: A\n---\nTekst.\n".getBytes(UTF_8));
            zip.add("media/a.svg", new ByteArrayInputStream("<svg/>".getBytes(UTF_8)));
        }
        return out.toByteArray();
    }
}
