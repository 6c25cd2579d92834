package nl.kompas.consultant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kompas.content.InvalidEdit;
import nl.kompas.editing.FormChecks;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/**
 * Checks a consultant form field by field, by the rules of their content file (LinkedIn over https,
 * a plain e-mail address, a photo on this site), and gives back its values ready to store, or
 * refuses it with a message per field, all at once. The limits are the database columns'.
 */
@ApplicationScoped
class ConsultantFormCheck {

    static final int MAX_NAME = 200;
    static final int MAX_ROLE = 200;
    static final int MAX_ADDRESS = 500;

    @Inject
    ConsultantRepository consultants;

    @Inject
    OfferingRepository offerings;

    /** The form's values, checked, with the services it covers. */
    record Checked(
            String name,
            String slug,
            String role,
            String linkedin,
            String email,
            String photo,
            List<Offering> offerings,
            String bio) {}

    /** @param stored the consultant as stored, or null for a new one */
    Checked check(ConsultantForm form, Consultant stored) {
        InvalidEdit.Collector errors = new InvalidEdit.Collector();
        Long id = stored == null ? null : stored.getId();
        String name = FormChecks.required(form.getName(), "name", "consultant.error.name.required", MAX_NAME, errors);
        String slug = FormChecks.slug(form.getSlug(), name, id, consultants::findBySlug, errors);
        String role = FormChecks.optional(form.getRole(), "role", MAX_ROLE, errors);
        String linkedin = FormChecks.optional(form.getLinkedin(), "linkedin", MAX_ADDRESS, errors);
        if (linkedin != null
                && (!ConsultantFile.isLinkedIn(linkedin) || linkedin.chars().anyMatch(Character::isWhitespace))) {
            errors.add("linkedin", "consultant.error.linkedin.https");
        }
        String email = FormChecks.strip(form.getEmail());
        if (email != null && !ConsultantFile.isPlainEmail(email)) {
            errors.add("email", "consultant.error.email.plain");
        }
        String photo = FormChecks.sitePath(form.getPhoto(), "photo", MAX_ADDRESS, errors);
        List<Offering> covered = FormChecks.linked(form.getOfferingIds(), offerings::find, "offerings", errors);
        errors.throwIfAny();
        return new Checked(name, slug, role, linkedin, email, photo, covered, form.getBody());
    }
}
