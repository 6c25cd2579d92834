package nl.kompas.offering;

import java.util.ArrayList;
import java.util.List;
import nl.kompas.editing.PublishableForm;

/**
 * What the service page editor shows and sends back: every front-matter field as entered, plus the
 * version it was loaded at (see {@link PublishableForm}). {@link OfferingEditing} checks and
 * applies it; nothing here is trusted.
 */
public class OfferingForm extends PublishableForm {

    private static final long serialVersionUID = 1L;

    private String section;
    /** Text, so that anything typed reaches the service's own message. */
    private String order = "0";

    private List<Long> caseIds = new ArrayList<>();

    /** The service page as it is stored now. */
    public static OfferingForm of(Offering offering) {
        OfferingForm form = new OfferingForm();
        form.loaded(offering);
        form.section = offering.getSectionName();
        form.order = String.valueOf(offering.getPosition());
        offering.getCases().forEach(linked -> form.caseIds.add(linked.getId()));
        return form;
    }

    /** The section the page is listed under on /diensten: an existing one, or a new name. */
    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    /** The page's place within its section. */
    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public List<Long> getCaseIds() {
        return caseIds;
    }

    public void setCaseIds(List<Long> caseIds) {
        this.caseIds = caseIds == null ? new ArrayList<>() : new ArrayList<>(caseIds);
    }
}
