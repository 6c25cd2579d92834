package nl.kompas.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.Slug;
import nl.kompas.editing.FormChecks;

/**
 * Checks a service page form field by field and gives back its values ready to store, or refuses
 * it with a message per field, all at once. The limits are the database columns'.
 */
@ApplicationScoped
class OfferingFormCheck {

    static final int MAX_SECTION = 120;
    static final int MAX_ORDER = 9999;

    @Inject
    OfferingRepository offerings;

    @Inject
    CaseStudyRepository cases;

    /** The form's values, checked, with the cases it links. */
    record Checked(String title, String slug, String section, int order, List<CaseStudy> cases, String body) {}

    /** @param stored the service page as stored, or null for a new one */
    Checked check(OfferingForm form, Offering stored) {
        InvalidEdit.Collector errors = new InvalidEdit.Collector();
        Long id = stored == null ? null : stored.getId();
        String title = FormChecks.required(
                form.getTitle(), "title", "service.error.title.required", FormChecks.MAX_TITLE, errors);
        String slug = FormChecks.slug(form.getSlug(), title, id, offerings::findBySlug, errors);
        String section = FormChecks.required(
                form.getSection(), "section", "service.error.section.required", MAX_SECTION, errors);
        if (section != null && Slug.from(section).isEmpty()) {
            errors.add("section", "editing.error.name.letters", section);
        }
        int order = order(form.getOrder(), errors);
        List<CaseStudy> linked = FormChecks.linked(form.getCaseIds(), cases::find, "cases", errors);
        errors.throwIfAny();
        return new Checked(title, slug, section, order, linked, form.getBody());
    }

    /** A whole number from 0; left empty, 0. */
    private static int order(String entered, InvalidEdit.Collector errors) {
        String text = FormChecks.strip(entered);
        if (text == null) {
            return 0;
        }
        try {
            int order = Integer.parseInt(text);
            if (order >= 0 && order <= MAX_ORDER) {
                return order;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add("order", "service.error.order.number", MAX_ORDER);
        return 0;
    }
}
