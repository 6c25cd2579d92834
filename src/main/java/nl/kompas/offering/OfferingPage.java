package nl.kompas.offering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.ShareLinks;
import nl.kompas.content.SlugRedirects;
import nl.kompas.content.Translations;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.cache.PageDependencies;
import nl.kompas.platform.web.MovedPermanently;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SitePaths;

/** The page of one published service: /diensten/{slug}, with its cases and their clients. */
@Named
@RequestScoped
public class OfferingPage {

    @Inject
    Route route;

    @Inject
    OfferingRepository offerings;

    @Inject
    SiteConfig site;

    @Inject
    SlugRedirects redirects;

    @Inject
    SitePaths paths;

    @Inject
    Translations translations;

    private Offering offering;

    @Inject
    ConsultantRepository consultants;

    private List<CaseStudy> cases = List.of();
    private List<Consultant> contacts = List.of();

    /** Shows the service; an old slug of a published service moves to its address (301); else 404. */
    public void load() {
        // The page lists the service's published cases: one linked, published or renamed changes it.
        PageDependencies.listed(CaseStudy.class);
        String slug = route.param("slug");
        offering = offerings.findPublishedBySlug(slug).orElse(null);
        if (offering == null) {
            MovedPermanently.toOrNotFound(redirects
                    .itemFor(OfferingEditing.ITEM_TYPE, slug)
                    .flatMap(offerings::find)
                    .filter(Offering::isPublished)
                    .map(paths::item));
        } else if (!translations.belongsOnThisPage(offering)) {
            offering = null;
        } else {
            cases = offering.getPublishedCases();
            contacts = consultants.findCovering(offering);
        }
    }

    public Offering getOffering() {
        return offering;
    }

    public List<CaseStudy> getCases() {
        return cases;
    }

    /** "Uw gesprekspartners": the consultants who cover this service. */
    public List<Consultant> getContacts() {
        return contacts;
    }

    /** "In deze organisaties werkten wij": the clients of the related cases, each once. */
    public List<String> getClients() {
        return cases.stream().map(CaseStudy::getClient).distinct().sorted().toList();
    }

    public ShareLinks getShareLinks() {
        return ShareLinks.of(site.absolute(route.getPath()), offering.getTitle());
    }

    /** The page of this Offering in the other language, or null: the hreflang links and the language switch. */
    public String getTranslationPath() {
        return translations.pathOf(offering).orElse(null);
    }
}
