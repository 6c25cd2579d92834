package nl.kompas.casestudy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.editing.PublishableEditor;
import nl.kompas.offering.Offering;

/**
 * The case editor, /admin/case.xhtml?id=… (no id: a new case): what every editor has (see {@link
 * PublishableEditor}), plus the case's quote rows and the service pages and consultants to link.
 */
@Named
@ViewScoped
public class CaseEditor extends PublishableEditor<CaseForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseEditing editing;

    private List<Offering> offerings;
    private List<Consultant> consultants;

    @Override
    protected CaseEditing editing() {
        return editing;
    }

    @Override
    protected String page() {
        return "/admin/case.xhtml";
    }

    @Override
    public String getFormId() {
        return "case";
    }

    @Override
    protected String previewClass() {
        return "article case";
    }

    public void addQuote() {
        getForm().addQuote();
    }

    public void removeQuote(int index) {
        getForm().removeQuote(index);
    }

    /** Every service page, drafts too, read once per view. */
    public List<Offering> getOfferings() {
        if (offerings == null) {
            offerings = editing.offeringChoices();
        }
        return offerings;
    }

    public List<Consultant> getConsultants() {
        if (consultants == null) {
            consultants = editing.consultantChoices();
        }
        return consultants;
    }
}
