package nl.kompas.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the entries of an export zip so that the same content always gives the same bytes: each
 * entry carries one fixed time and nothing else that depends on when or where it was made. Two
 * exports can then be compared as files, and committing an export of an unchanged site changes
 * nothing.
 */
final class ExportArchive implements Closeable {

    /**
     * The time of every entry. Not 1980-01-01 00:00, the zip's first possible time: Java stores that
     * one as "before 1980" and adds an extended time field in the server's own time zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    ExportArchive(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    void add(String path, byte[] content) throws IOException {
        zip.putNextEntry(entry(path));
        zip.write(content);
        zip.closeEntry();
    }

    void add(String path, InputStream content) throws IOException {
        zip.putNextEntry(entry(path));
        content.transferTo(zip);
        zip.closeEntry();
    }

    private static ZipEntry entry(String path) {
        ZipEntry entry = new ZipEntry(path);
        // Local time without a zone: the zip's DOS time field, and no extended timestamp field.
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /** Finishes the zip; the stream it writes to stays open for its owner to close. */
    @Override
    public void close() throws IOException {
        zip.finish();
    }
}
