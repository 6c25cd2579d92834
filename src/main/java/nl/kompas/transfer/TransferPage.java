package nl.kompas.transfer;

import jakarta.annotation.PreDestroy;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import nl.kompas.account.Actor;
import nl.kompas.account.CurrentActor;
import nl.kompas.account.Role;
import nl.kompas.platform.web.MessageFormats;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The export and import page: the export's download, and an upload whose preview stays on the page
 * until the admin applies or cancels it. The uploaded zip waits in a temporary file meanwhile,
 * removed when the import is done, cancelled, or the page is left.
 */
@Named
@ViewScoped
public class TransferPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentImport contentImport;

    @Inject
    transient ContentExport contentExport;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient MessageFormats fmt;

    private UploadedZip upload;
    private ImportPreview preview;

    /** Whether the page shows its tools: export and import are for admins only. */
    public boolean isAllowed() {
        try {
            return currentActor.get().has(Role.ADMIN);
        } catch (IllegalStateException notLoggedIn) {
            return false;
        }
    }

    public long getMaxMegabytes() {
        return ImportLimits.inMegabytes(contentImport.limits().maxZipBytes());
    }

    public long getMaxBytes() {
        return contentImport.limits().maxZipBytes();
    }

    /** The export, written straight into the download as it is made. */
    public StreamedContent getExport() {
        ContentExport export = contentExport;
        CurrentActor actor = currentActor;
        return DefaultStreamedContent.builder()
                .name(export.fileName())
                .contentType("application/zip")
                .writer(out -> {
                    try {
                        export.export(actor.get(), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public void upload(FileUploadEvent event) {
        discard();
        UploadedFile file = event.getFile();
        Actor actor = currentActor.get();
        try (InputStream in = file.getInputStream()) {
            upload = contentImport.receive(actor, in, file.getFileName());
            preview = contentImport.preview(actor, upload);
        } catch (ImportRefusedException e) {
            discard();
            message(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        } catch (IOException e) {
            discard();
            message(FacesMessage.SEVERITY_ERROR, "transfer.upload.failed");
        }
    }

    public void apply() {
        if (upload == null || preview == null) {
            return;
        }
        try {
            ImportPreview done = contentImport.apply(currentActor.get(), upload, preview);
            discard();
            message(
                    FacesMessage.SEVERITY_INFO,
                    "transfer.applied",
                    done.count(ImportOutcome.NEW),
                    done.count(ImportOutcome.CHANGED));
        } catch (ImportRefusedException e) {
            if (!e.messageKey().equals("transfer.refused.problems")) {
                discard();
            }
            message(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public void cancel() {
        discard();
        message(FacesMessage.SEVERITY_INFO, "transfer.cancelled");
    }

    /** Forgets the upload and removes its temporary file. */
    @PreDestroy
    void discard() {
        if (upload != null) {
            upload.delete();
        }
        upload = null;
        preview = null;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return upload == null ? "" : upload.name();
    }

    public String getSummary() {
        return fmt.message(
                "transfer.preview.summary",
                preview.count(ImportOutcome.NEW),
                preview.count(ImportOutcome.CHANGED),
                preview.count(ImportOutcome.UNCHANGED));
    }

    public String outcome(ImportItem item) {
        return fmt.message("transfer.outcome." + item.outcome().name());
    }

    public String kind(ImportItem item) {
        return fmt.message("transfer.kind." + item.kind());
    }

    /** "title, status, text": the keys of the file, the body in words. */
    public String changes(ImportItem item) {
        return item.changedFields().stream()
                .map(field -> field.equals(FieldChanges.BODY) ? fmt.message("transfer.field.body") : field)
                .collect(Collectors.joining(", "));
    }

    public String notice(ImportNotice notice) {
        return fmt.message(notice.messageKey(), notice.argument());
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = fmt.message(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
