package nl.kompas.offering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.kompas.platform.web.Route;

/** Published service pages grouped by section: /diensten, and the home page's overview. */
@Named
@RequestScoped
public class OfferingList {

    @Inject
    Route route;

    @Inject
    OfferingRepository offerings;

    private List<Section> sections;

    /** A section of the site with its service pages in order. */
    public static final class Section {
        private final String name;
        private final String slug;
        private final List<Offering> offerings;

        Section(String name, String slug, List<Offering> offerings) {
            this.name = name;
            this.slug = slug;
            this.offerings = offerings;
        }

        public String getName() {
            return name;
        }

        public String getSlug() {
            return slug;
        }

        public List<Offering> getOfferings() {
            return offerings;
        }
    }

    public List<Section> getSections() {
        if (sections == null) {
            sections = offerings.findPublishedBySection(route.getLanguage()).entrySet().stream()
                    .map((Map.Entry<String, List<Offering>> e) ->
                            new Section(e.getKey(), e.getValue().get(0).getSectionSlug(), e.getValue()))
                    .toList();
        }
        return sections;
    }
}
