package nl.kompas.casestudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.ContentFile;
import nl.kompas.content.FrontMatter;
import nl.kompas.editing.LinkedSlugs;
import nl.kompas.offering.Offering;

/**
 * Reads a revision, the text of a case's content file, back into a form, so that restoring it goes
 * through the same checks as any save. A service page or consultant named in it that is gone is
 * left out.
 */
final class CaseRevisionText {

    private CaseRevisionText() {}

    /** @param current the case as stored: the form keeps its id and status, and only its text comes from the revision */
    static CaseForm read(
            String fileText,
            CaseStudy current,
            Function<String, Optional<Offering>> offeringBySlug,
            Function<String, Optional<Consultant>> consultantBySlug) {
        ContentFile file = ContentFile.parse("cases/" + current.getSlug() + ".md", fileText);
        FrontMatter fields = file.frontMatter();
        CaseForm form = CaseForm.of(current);
        form.setTitle(fields.text("title").orElse(null));
        form.setSlug(fields.text("slug").orElse(null));
        form.setClient(fields.text("client").orElse(null));
        form.setSector(fields.text("sector").orElse(null));
        form.setDate(fields.requiredDate("date"));
        form.setFeatured(fields.flag("featured"));
        form.setImage(fields.text("image").orElse(null));
        form.setImageAlt(fields.text("image_alt").orElse(null));
        form.setOfferingIds(LinkedSlugs.ids(fields.list("services"), offeringBySlug, Offering::getId));
        form.setConsultantIds(LinkedSlugs.ids(fields.list("consultants"), consultantBySlug, Consultant::getId));
        List<CaseForm.QuoteLine> quotes = new ArrayList<>();
        for (var quote : fields.entries("quotes")) {
            quotes.add(new CaseForm.QuoteLine(
                    quote.text("text").orElse(null), quote.text("by").orElse(null)));
        }
        form.setQuotes(quotes);
        form.setBody(file.body());
        form.setSummary(file.ownSummary());
        return form;
    }
}
