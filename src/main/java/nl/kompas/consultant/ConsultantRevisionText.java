package nl.kompas.consultant;

import java.util.Optional;
import java.util.function.Function;
import nl.kompas.content.ContentFile;
import nl.kompas.content.FrontMatter;
import nl.kompas.editing.LinkedSlugs;
import nl.kompas.offering.Offering;

/**
 * Reads a revision, the text of a consultant's content file, back into a form, so that restoring
 * it goes through the same checks as any save. A service named in it that is gone is left out.
 */
final class ConsultantRevisionText {

    private ConsultantRevisionText() {}

    /** @param current the consultant as stored: the form keeps its id, and only its text comes from the revision */
    static ConsultantForm read(
            String fileText, Consultant current, Function<String, Optional<Offering>> offeringBySlug) {
        ContentFile file = ContentFile.parse("consultants/" + current.getSlug() + ".md", fileText);
        FrontMatter fields = file.frontMatter();
        ConsultantForm form = ConsultantForm.of(current);
        form.setName(fields.text("name").orElse(null));
        form.setSlug(fields.text("slug").orElse(null));
        form.setRole(fields.text("role").orElse(null));
        form.setLinkedin(fields.text("linkedin").orElse(null));
        form.setEmail(fields.text("email").orElse(null));
        form.setPhoto(fields.text("photo").orElse(null));
        form.setOfferingIds(LinkedSlugs.ids(fields.list("services"), offeringBySlug, Offering::getId));
        form.setBody(file.body());
        return form;
    }
}
