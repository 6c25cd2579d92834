package nl.kompas.consultant;

import java.util.ArrayList;
import java.util.List;
import nl.kompas.editing.ItemForm;

/**
 * What the consultant editor shows and sends back: the profile's fields as entered and the bio
 * (the form's Markdown body), plus the version it was loaded at (see {@link ItemForm}). {@link
 * ConsultantEditing} checks and applies it; nothing here is trusted.
 */
public class ConsultantForm extends ItemForm {

    private static final long serialVersionUID = 1L;

    private String name;
    private String role;
    private String linkedin;
    private String email;
    private String photo;
    private List<Long> offeringIds = new ArrayList<>();

    /** The consultant as stored now. */
    public static ConsultantForm of(Consultant consultant) {
        ConsultantForm form = new ConsultantForm();
        form.loaded(consultant);
        form.name = consultant.getName();
        form.role = consultant.getRole();
        form.linkedin = consultant.getLinkedinUrl();
        form.email = consultant.getEmail();
        form.photo = consultant.getPhoto();
        form.setBody(consultant.getBio().getSource());
        consultant.getOfferings().forEach(offering -> form.offeringIds.add(offering.getId()));
        return form;
    }

    /** A profile's slug is made from the person's name. */
    @Override
    public String getSlugSource() {
        return name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getLinkedin() {
        return linkedin;
    }

    public void setLinkedin(String linkedin) {
        this.linkedin = linkedin;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhoto() {
        return photo;
    }

    public void setPhoto(String photo) {
        this.photo = photo;
    }

    /** The services this consultant covers. */
    public List<Long> getOfferingIds() {
        return offeringIds;
    }

    public void setOfferingIds(List<Long> offeringIds) {
        this.offeringIds = offeringIds == null ? new ArrayList<>() : new ArrayList<>(offeringIds);
    }
}
