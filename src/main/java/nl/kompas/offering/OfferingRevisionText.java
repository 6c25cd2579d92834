package nl.kompas.offering;

import java.util.Optional;
import java.util.function.Function;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.content.ContentFile;
import nl.kompas.content.FrontMatter;
import nl.kompas.editing.LinkedSlugs;

/**
 * Reads a revision, the text of a service page's content file, back into a form, so that restoring
 * it goes through the same checks as any save. A case named in it that is gone is left out.
 */
final class OfferingRevisionText {

    private OfferingRevisionText() {}

    /** @param current the page as stored: the form keeps its id and status, and only its text comes from the revision */
    static OfferingForm read(String fileText, Offering current, Function<String, Optional<CaseStudy>> caseBySlug) {
        ContentFile file = ContentFile.parse("services/" + current.getSlug() + ".md", fileText);
        FrontMatter fields = file.frontMatter();
        OfferingForm form = OfferingForm.of(current);
        form.setTitle(fields.text("title").orElse(null));
        form.setSlug(fields.text("slug").orElse(null));
        form.setSection(fields.text("section").orElse(null));
        form.setOrder(fields.text("order").orElse(null));
        form.setCaseIds(LinkedSlugs.ids(fields.list("cases"), caseBySlug, CaseStudy::getId));
        form.setBody(file.body());
        return form;
    }
}
