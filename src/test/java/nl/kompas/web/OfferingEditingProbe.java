package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.editing.ItemEditing;
import nl.kompas.editing.ListRequest;
import nl.kompas.offering.OfferingEditing;
import nl.kompas.offering.OfferingForm;
import nl.kompas.offering.OfferingRow;

/**
 * Added to the service page editing test's deployment only: drives {@link OfferingEditing} (see
 * {@link EditingProbe}). Fields: title, slug, section, order, cases (slugs, comma-separated; an
 * unknown slug is sent as an id that names nothing), body, and "at" for a schedule.
 */
@WebServlet("/test-only/services/*")
public class OfferingEditingProbe extends EditingProbe<OfferingForm> {

    @Inject
    OfferingEditing editing;

    @Inject
    CaseStudyRepository cases;

    @Override
    ItemEditing<?, OfferingForm, ?> editing() {
        return editing;
    }

    @Override
    ItemEditing.Saved act(Actor actor, String action, OfferingForm form, HttpServletRequest request) {
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
    void fill(OfferingForm form, HttpServletRequest request) {
        set(request, "title", form::setTitle);
        set(request, "section", form::setSection);
        set(request, "order", form::setOrder);
        set(
                request,
                "cases",
                slugs -> form.setCaseIds(list(slugs).stream()
                        .map(slug ->
                                cases.findBySlug(slug).map(CaseStudy::getId).orElse(-1L))
                        .toList()));
    }

    @Override
    List<String> list(Actor actor, ListRequest request, int first, int max) {
        List<String> lines = new ArrayList<>();
        lines.add("count=" + editing.count(actor, request));
        for (OfferingRow row : editing.rows(actor, request, first, max)) {
            lines.add(row.getId() + "|" + row.getSlug() + "|" + row.getStatus() + "|" + row.getSection() + "|"
                    + row.getOrder() + "|" + row.getTitle());
        }
        return lines;
    }

    @Override
    List<String> filterColumns() {
        return List.of("title", "section", "status");
    }
}
