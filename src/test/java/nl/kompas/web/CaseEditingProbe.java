package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.casestudy.CaseEditing;
import nl.kompas.casestudy.CaseForm;
import nl.kompas.casestudy.CaseRow;
import nl.kompas.consultant.Consultant;
import nl.kompas.editing.ItemEditing;
import nl.kompas.editing.ListRequest;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/**
 * Added to the case editing test's deployment only: drives {@link CaseEditing} (see {@link
 * EditingProbe}). Fields: title, slug, client, sector, date, summary, featured, services and
 * consultants (slugs, comma-separated; an unknown slug is sent as an id that names nothing), quotes
 * ("text|by;text|by"), body, and "at" for a schedule.
 */
@WebServlet("/test-only/cases/*")
public class CaseEditingProbe extends EditingProbe<CaseForm> {

    @Inject
    CaseEditing editing;

    @Inject
    OfferingRepository offerings;

    @Override
    ItemEditing<?, CaseForm, ?> editing() {
        return editing;
    }

    @Override
    ItemEditing.Saved act(Actor actor, String action, CaseForm form, HttpServletRequest request) {
        return switch (action) {
            case "save" -> editing.save(actor, form);
            case "submit" -> editing.submitForReview(actor, form);
            case "publish" -> editing.publishNow(actor, form);
            case "unpublish" -> editing.unpublish(actor, form);
            case "schedule" -> editing.schedule(actor, form, at(request.getParameter("at")));
            default -> throw new IllegalArgumentException(action);
        };
    }

    @Override
    void fill(CaseForm form, HttpServletRequest request) {
        set(request, "title", form::setTitle);
        set(request, "client", form::setClient);
        set(request, "sector", form::setSector);
        set(request, "summary", form::setSummary);
        set(request, "featured", featured -> form.setFeatured(Boolean.parseBoolean(featured)));
        set(request, "date", date -> form.setDate(date.isEmpty() ? null : LocalDate.parse(date)));
        set(
                request,
                "services",
                slugs -> form.setOfferingIds(list(slugs).stream()
                        .map(slug ->
                                offerings.findBySlug(slug).map(Offering::getId).orElse(-1L))
                        .toList()));
        set(
                request,
                "consultants",
                slugs -> form.setConsultantIds(list(slugs).stream()
                        .map(slug -> consultants
                                .findBySlug(slug)
                                .map(Consultant::getId)
                                .orElse(-1L))
                        .toList()));
        set(request, "quotes", text -> {
            List<CaseForm.QuoteLine> quotes = new ArrayList<>();
            for (String quote : text.split(";", -1)) {
                if (!quote.isEmpty()) {
                    String[] parts = quote.split("\\|", -1);
                    quotes.add(new CaseForm.QuoteLine(parts[0], parts.length > 1 ? parts[1] : ""));
                }
            }
            form.setQuotes(quotes);
        });
    }

    @Override
    List<String> list(Actor actor, ListRequest request, int first, int max) {
        List<String> lines = new ArrayList<>();
        lines.add("count=" + editing.count(actor, request));
        for (CaseRow row : editing.rows(actor, request, first, max)) {
            lines.add(row.getId() + "|" + row.getSlug() + "|" + row.getStatus() + "|" + row.getClient() + "|"
                    + row.getTitle());
        }
        return lines;
    }

    @Override
    List<String> filterColumns() {
        return List.of("title", "client", "sector", "status");
    }
}
