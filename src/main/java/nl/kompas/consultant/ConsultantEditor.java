package nl.kompas.consultant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.editing.ItemEditor;
import nl.kompas.offering.Offering;

/**
 * The consultant editor, /admin/consultant.xhtml?id=… (no id: a new profile for an editor, their
 * own for a consultant): what every editor has (see {@link ItemEditor}) without a workflow, plus
 * the services covered and a photo (the shared image field, see {@link nl.kompas.media.ImagePicker}).
 */
@Named
@ViewScoped
public class ConsultantEditor extends ItemEditor<ConsultantForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultantEditing editing;

    private List<Offering> offerings;

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

    /** Every service page, drafts too, read once per view. */
    public List<Offering> getOfferings() {
        if (offerings == null) {
            offerings = editing.offeringChoices();
        }
        return offerings;
    }
}
