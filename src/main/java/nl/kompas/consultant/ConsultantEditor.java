package nl.kompas.consultant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.editing.ItemEditor;
import nl.kompas.media.LibraryImage;
import nl.kompas.media.MediaLibrary;
import nl.kompas.offering.Offering;

/**
 * The consultant editor, /admin/consultant.xhtml?id=… (no id: a new profile for an editor, their
 * own for a consultant): what every editor has (see {@link ItemEditor}) without a workflow, plus
 * the services covered and a photo chosen from the media library or given as a site path.
 */
@Named
@ViewScoped
public class ConsultantEditor extends ItemEditor<ConsultantForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultantEditing editing;

    @Inject
    transient MediaLibrary media;

    private List<Offering> offerings;
    private List<LibraryImage> images;
    private String libraryChoice;

    @Override
    protected ConsultantEditing editing() {
        return editing;
    }

    @Override
    protected String page() {
        return "/admin/consultant.xhtml";
    }

    @Override
    public String getFormId() {
        return "consultant";
    }

    @Override
    protected String previewClass() {
        return "profile";
    }

    /** A consultant who opens the editor without an id gets their own profile. */
    @Override
    public void load() {
        if (getId() == null) {
            setId(editing.ownProfile(actor()));
        }
        super.load();
    }

    /** A library image was chosen: it becomes the photo. */
    public void photoChosen() {
        if (libraryChoice != null && !libraryChoice.isBlank()) {
            getForm().setPhoto(libraryChoice);
        }
        libraryChoice = null;
    }

    /** Every service page, drafts too, read once per view. */
    public List<Offering> getOfferings() {
        if (offerings == null) {
            offerings = editing.offeringChoices();
        }
        return offerings;
    }

    /** The media library's images, newest first, to choose a photo from. */
    public List<LibraryImage> getImages() {
        if (images == null) {
            images = media.list();
        }
        return images;
    }

    public String getLibraryChoice() {
        return libraryChoice;
    }

    public void setLibraryChoice(String libraryChoice) {
        this.libraryChoice = libraryChoice;
    }
}
