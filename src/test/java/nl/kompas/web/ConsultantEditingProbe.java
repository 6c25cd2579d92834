package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.consultant.ConsultantEditing;
import nl.kompas.consultant.ConsultantForm;
import nl.kompas.consultant.ConsultantRow;
import nl.kompas.editing.ItemEditing;
import nl.kompas.editing.ListRequest;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/**
 * Added to the consultant editing test's deployment only: drives {@link ConsultantEditing} (see
 * {@link EditingProbe}). Fields: name, slug, role, linkedin, email, photo, services (slugs,
 * comma-separated; an unknown slug is sent as an id that names nothing), body (the bio). The list
 * takes "owner" too, as a forged request could.
 */
@WebServlet("/test-only/consultants/*")
public class ConsultantEditingProbe extends EditingProbe<ConsultantForm> {

    @Inject
    ConsultantEditing editing;

    @Inject
    OfferingRepository offerings;

    @Override
    ItemEditing<?, ConsultantForm, ?> editing() {
        return editing;
    }

    @Override
    ItemEditing.Saved act(Actor actor, String action, ConsultantForm form, HttpServletRequest request) {
        if (!action.equals("save")) {
            throw new IllegalArgumentException("a profile is only saved: " + action);
        }
        return editing.save(actor, form);
    }

    @Override
    void fill(ConsultantForm form, HttpServletRequest request) {
        set(request, "name", form::setName);
        set(request, "role", form::setRole);
        set(request, "linkedin", form::setLinkedin);
        set(request, "email", form::setEmail);
        set(request, "photo", form::setPhoto);
        set(
                request,
                "services",
                slugs -> form.setOfferingIds(list(slugs).stream()
                        .map(slug ->
                                offerings.findBySlug(slug).map(Offering::getId).orElse(-1L))
                        .toList()));
    }

    @Override
    List<String> list(Actor actor, ListRequest request, int first, int max) {
        List<String> lines = new ArrayList<>();
        lines.add("count=" + editing.count(actor, request));
        for (ConsultantRow row : editing.rows(actor, request, first, max)) {
            lines.add(row.getId() + "|" + row.getSlug() + "|" + row.getName() + "|" + row.getRole());
        }
        return lines;
    }

    @Override
    List<String> filterColumns() {
        return List.of("name", "role", "owner");
    }
}
