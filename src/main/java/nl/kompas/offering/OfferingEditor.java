package nl.kompas.offering;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.editing.PublishableEditor;

/**
 * The service page editor, /admin/service.xhtml?id=… (no id: a new page): what every editor has
 * (see {@link PublishableEditor}), plus the section to choose or name, and the cases to show.
 */
@Named
@ViewScoped
public class OfferingEditor extends PublishableEditor<OfferingForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfferingEditing editing;

    private List<CaseStudy> cases;

    @Override
    protected OfferingEditing editing() {
        return editing;
    }

    @Override
    protected String page() {
        return "/admin/service.xhtml";
    }

    @Override
    public String getFormId() {
        return "service";
    }

    @Override
    protected String previewClass() {
        return "article service";
    }

    /** The existing sections that contain the typed text, with the typed text first when it is a new one. */
    public List<String> completeSection(String typed) {
        String stripped = typed == null ? "" : typed.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        List<String> suggestions = new ArrayList<>(editing.sections().stream()
                .filter(section -> section.toLowerCase(Locale.ROOT).contains(lower))
                .toList());
        if (!stripped.isEmpty() && suggestions.stream().noneMatch(section -> section.equalsIgnoreCase(stripped))) {
            suggestions.add(0, stripped);
        }
        return suggestions;
    }

    /** Every case, drafts too, read once per view. */
    public List<CaseStudy> getCases() {
        if (cases == null) {
            cases = editing.caseChoices();
        }
        return cases;
    }
}
