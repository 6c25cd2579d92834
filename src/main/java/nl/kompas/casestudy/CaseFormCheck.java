package nl.kompas.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.InvalidEdit;
import nl.kompas.editing.FormChecks;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/**
 * Checks a case form field by field and gives back its values ready to store, or refuses it with a
 * message per field, all at once. The limits are the database columns'.
 */
@ApplicationScoped
class CaseFormCheck {

    static final int MAX_CLIENT = 200;
    static final int MAX_SECTOR = 120;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_QUOTE = 2000;
    static final int MAX_QUOTED_BY = 300;
    static final int MAX_IMAGE = 500;

    @Inject
    CaseStudyRepository cases;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    /** The form's values, checked, with the service pages and consultants it links. */
    record Checked(
            String title,
            String slug,
            String client,
            String sector,
            LocalDate date,
            String summary,
            boolean featured,
            List<Offering> offerings,
            List<Consultant> consultants,
            List<ClientQuote> quotes,
            String image,
            String imageAlt,
            String body) {}

    /** @param stored the case as stored, or null for a new one */
    Checked check(CaseForm form, CaseStudy stored) {
        InvalidEdit.Collector errors = new InvalidEdit.Collector();
        Long id = stored == null ? null : stored.getId();
        String title = FormChecks.required(
                form.getTitle(), "title", "case.error.title.required", FormChecks.MAX_TITLE, errors);
        String slug = FormChecks.slug(form.getSlug(), title, id, cases::findBySlug, errors);
        String client =
                FormChecks.required(form.getClient(), "client", "case.error.client.required", MAX_CLIENT, errors);
        String sector = FormChecks.optional(form.getSector(), "sector", MAX_SECTOR, errors);
        if (form.getDate() == null) {
            errors.add("date", "editing.error.date.required");
        }
        String summary = FormChecks.optional(form.getSummary(), "summary", MAX_SUMMARY, errors);
        List<Offering> linkedOfferings = FormChecks.linked(form.getOfferingIds(), offerings::find, "offerings", errors);
        List<Consultant> linkedConsultants =
                FormChecks.linked(form.getConsultantIds(), consultants::find, "consultants", errors);
        List<ClientQuote> quotes = quotes(form.getQuotes(), errors);
        String[] image = FormChecks.image(form.getImage(), form.getImageAlt(), MAX_IMAGE, errors);
        errors.throwIfAny();
        return new Checked(
                title,
                slug,
                client,
                sector,
                form.getDate(),
                summary,
                form.isFeatured(),
                linkedOfferings,
                linkedConsultants,
                quotes,
                image[0],
                image[1],
                form.getBody());
    }

    /** Each quote has its text and who said it; a row left entirely empty is no quote. */
    private static List<ClientQuote> quotes(List<CaseForm.QuoteLine> lines, InvalidEdit.Collector errors) {
        List<ClientQuote> quotes = new ArrayList<>();
        for (CaseForm.QuoteLine line : lines) {
            String text = FormChecks.strip(line.getText());
            String by = FormChecks.strip(line.getBy());
            if (text == null && by == null) {
                continue;
            }
            if (text == null || by == null) {
                errors.add("quotes", "case.error.quote.incomplete");
            } else if (text.length() > MAX_QUOTE || by.length() > MAX_QUOTED_BY) {
                errors.add("quotes", "case.error.quote.long", MAX_QUOTE, MAX_QUOTED_BY);
            } else {
                quotes.add(new ClientQuote(text, by));
            }
        }
        return quotes;
    }
}
