package nl.kompas.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * An uploaded zip, kept in a temporary file from the preview until it is applied or cancelled: an
 * import is read twice (once to preview, once to apply), and a whole site does not belong in the
 * heap in between. A path as text, because the page keeps this in its view state.
 */
public final class UploadedZip implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadedZip.class.getName());

    private final String file;
    private final String name;

    private UploadedZip(Path file, String name) {
        this.file = file.toString();
        this.name = name;
    }

    /**
     * Saves an upload, refusing it as soon as it grows past the limit, whatever size the browser
     * announced.
     *
     * @param name the name the file had on the admin's computer, for the audit log
     */
    public static UploadedZip save(InputStream upload, String name, ImportLimits limits)
            throws IOException, ImportRefusedException {
        Path file = Files.createTempFile("kompas-import-", ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[8192];
            long size = 0;
            int read;
            while ((read = upload.read(buffer)) >= 0) {
                size += read;
                if (size > limits.maxZipBytes()) {
                    throw ContentArchive.tooLarge(limits);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | ImportRefusedException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String shown = name == null || name.isBlank() ? "import.zip" : name.strip();
        return new UploadedZip(file, shown.length() > 200 ? shown.substring(0, 200) : shown);
    }

    public Path path() {
        return Path.of(file);
    }

    public String name() {
        return name;
    }

    /** Removes the temporary file; the upload cannot be applied after this. */
    public void delete() {
        try {
            Files.deleteIfExists(path());
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete the uploaded zip " + file + ": " + e.getMessage());
        }
    }
}
