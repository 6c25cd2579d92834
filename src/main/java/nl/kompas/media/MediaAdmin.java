package nl.kompas.media;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.kompas.account.CurrentActor;
import nl.kompas.platform.web.MessageFormats;
import nl.kompas.platform.web.PageLanguage;
import org.primefaces.model.file.UploadedFile;

/** The admin's media page: uploading, the library's images, their alt text and deleting them. */
@Named
@ViewScoped
public class MediaAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client ids of the upload form's fields, for messages next to them. */
    static final String FILE_FIELD = "upload:file";

    static final String ALT_FIELD = "upload:alt";

    @Inject
    MediaLibrary library;

    @Inject
    CurrentActor actor;

    @Inject
    MessageFormats fmt;

    private transient UploadedFile file;
    private String alt;
    private List<Row> rows = new ArrayList<>();

    /** One image in the list, with the alt text as it is being edited. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LibraryImage image;
        private String alt;

        Row(LibraryImage image) {
            this.image = image;
            this.alt = image.alt();
        }

        public LibraryImage getImage() {
            return image;
        }

        public String getAlt() {
            return alt;
        }

        public void setAlt(String alt) {
            this.alt = alt;
        }
    }

    @PostConstruct
    void load() {
        rows = library.list().stream().map(Row::new).collect(Collectors.toCollection(ArrayList::new));
    }

    public void upload() {
        try {
            byte[] bytes = file == null ? null : file.getContent();
            String name = file == null ? null : file.getFileName();
            LibraryImage image = library.upload(actor.get(), name, bytes, alt);
            info("media.uploaded", image.fileName());
            alt = null;
            load();
        } catch (MediaRefusal refusal) {
            show(refusal, null);
        }
    }

    public void saveAlt(Row row) {
        try {
            library.describe(actor.get(), row.getImage().id(), row.getAlt());
            info("media.alt.saved", row.getImage().fileName());
            load();
        } catch (MediaRefusal refusal) {
            show(refusal, "library:images:" + rows.indexOf(row) + ":alt");
        }
    }

    public void delete(Row row) {
        try {
            library.delete(actor.get(), row.getImage().id());
            info("media.deleted", row.getImage().fileName());
            load();
        } catch (MediaRefusal refusal) {
            show(refusal, null);
        }
    }

    private void show(MediaRefusal refusal, String rowAltField) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text =
                refusal.message(context.getApplication().getResourceBundle(context, "msg"), PageLanguage.current());
        String clientId = switch (refusal.field()) {
            case FILE -> FILE_FIELD;
            case ALT -> rowAltField != null ? rowAltField : ALT_FIELD;
            case NONE -> null;
        };
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private void info(String key, Object... arguments) {
        String text = fmt.message(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** "1,2 MB", "840 kB": the size as people read it. */
    public String size(long bytes) {
        return bytes >= 1024 * 1024
                ? fmt.message("media.size.mb", bytes / (1024.0 * 1024.0))
                : fmt.message("media.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }

    public int getMaxUploadMb() {
        return library.getMaxUploadMb();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public List<Row> getRows() {
        return rows;
    }
}
