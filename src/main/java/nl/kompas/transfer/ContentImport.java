package nl.kompas.transfer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditLog;
import nl.kompas.platform.SiteConfig;
import nl.kompas.transfer.ContentArchive.MediaFile;

/**
 * Imports a zip in the format of the content folder: first a preview of what it would add and
 * change, then, once an admin confirms, the same in one transaction. Items the zip does not hold
 * stay as they are: an import adds and changes, it never removes.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

    @Inject
    SiteConfig site;

    @Inject
    ImportRun importRun;

    @Inject
    SiteMedia media;

    @Inject
    AuditLog audit;

    @Resource
    UserTransaction transaction;

    /** The limits of an upload, from site.import.max-mb. */
    public ImportLimits limits() {
        return ImportLimits.ofMegabytes(site.getImportMaxMegabytes());
    }

    /**
     * Keeps an uploaded zip for a preview; refuses it as soon as it is larger than the limit.
     * Delete it with {@link UploadedZip#delete()} once it is applied or cancelled.
     */
    public UploadedZip receive(Actor actor, InputStream upload, String fileName)
            throws ImportRefusedException, IOException {
        requireAdmin(actor);
        return UploadedZip.save(upload, fileName, limits());
    }

    /** What importing the zip would do, worked out in a transaction that is rolled back. Writes nothing. */
    public ImportPreview preview(Actor actor, UploadedZip upload) throws ImportRefusedException {
        requireAdmin(actor);
        try (ContentArchive archive = ContentArchive.open(upload.path(), limits())) {
            return inTransaction(() -> importRun.run(archive, actor)).preview();
        } finally {
            rollback();
        }
    }

    /**
     * Imports the zip, all of it or nothing, with an audit entry for every item it adds or changes.
     * Refused when a file has a problem, or when the outcome is not the one the admin confirmed:
     * the site or the zip changed since the preview.
     *
     * @return what the import did
     */
    public ImportPreview apply(Actor actor, UploadedZip upload, ImportPreview confirmed) throws ImportRefusedException {
        requireAdmin(actor);
        try (ContentArchive archive = ContentArchive.open(upload.path(), limits())) {
            ImportRun.Result result = inTransaction(() -> importRun.run(archive, actor));
            ImportPreview done = result.preview();
            if (done.hasProblems()) {
                throw new ImportRefusedException(
                        "transfer.refused.problems", done.problems().size() + " files have problems");
            }
            if (!done.items().equals(confirmed.items())) {
                throw new ImportRefusedException(
                        "transfer.refused.changed-since-preview", "The outcome differs from the preview");
            }
            writeMedia(archive, done);
            record(actor, upload, done, result.ids());
            transaction.commit();
            LOG.info(() -> actor.name() + " imported " + upload.name() + ": " + done.count(ImportOutcome.NEW) + " new, "
                    + done.count(ImportOutcome.CHANGED) + " changed");
            return done;
        } catch (ImportRefusedException e) {
            throw e;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Import of " + upload.name() + " failed", e);
            throw new ImportRefusedException("transfer.refused.failed", "Import failed: " + e);
        } finally {
            rollback();
        }
    }

    private interface Work {
        ImportRun.Result run() throws Exception;
    }

    /** Begins a transaction and runs the work in it, leaving it open for the caller to end. */
    private ImportRun.Result inTransaction(Work work) throws ImportRefusedException {
        try {
            transaction.begin();
            return work.run();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Import run failed", e);
            throw new ImportRefusedException("transfer.refused.failed", "Import failed: " + e);
        }
    }

    /** Rolls back whatever transaction is still open: all of a preview, and an apply that did not commit. */
    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rolling back an import failed", e);
        }
    }

    private void writeMedia(ContentArchive archive, ImportPreview done) throws IOException {
        for (MediaFile file : archive.mediaFiles()) {
            boolean changes =
                    done.changes().stream().anyMatch(item -> item.path().equals(file.path()));
            if (changes) {
                try (InputStream content = archive.open(file)) {
                    media.store(file.name(), file.sha256(), content);
                }
            }
        }
    }

    private void record(Actor actor, UploadedZip upload, ImportPreview done, Map<String, Long> ids) {
        for (ImportItem item : done.changes()) {
            String detail = item.path()
                    + (item.changedFields().isEmpty() ? "" : ": " + String.join(", ", item.changedFields()));
            audit.record(
                    actor,
                    item.outcome() == ImportOutcome.NEW ? "transfer.created" : "transfer.updated",
                    new AuditLog.Subject(item.kind(), ids.get(item.path()), item.title()),
                    detail);
        }
        audit.record(
                actor,
                "transfer.imported",
                AuditLog.Subject.none(),
                upload.name() + ": " + done.count(ImportOutcome.NEW) + " new, " + done.count(ImportOutcome.CHANGED)
                        + " changed, " + done.count(ImportOutcome.UNCHANGED) + " unchanged");
    }

    static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw new SecurityException("Export and import are for admins");
        }
    }
}
