package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.article.ArticleTerm;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;
import nl.kompas.platform.web.SiteRoutes;

/**
 * Reads the page a form was sent from (its path, sent with the form) as an {@link Attribution}: the
 * kind of page and the service and consultants it is about. A path that is no page of the site is
 * not stored. An article is about a service when one of its categories or tags has the service's
 * slug ("Teamcoaching" and /diensten/teamcoaching).
 */
@ApplicationScoped
public class ContactSources {

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    public Attribution resolve(String path) {
        if (path == null || path.length() > 500 || !path.startsWith("/")) {
            return Attribution.unknown();
        }
        SiteRoutes.Match match = SiteRoutes.match(path);
        if (match == null) {
            return Attribution.unknown();
        }
        String slug = match.params().get("slug");
        return switch (match.view()) {
            case "/views/consultant.xhtml" ->
                consultants
                        .findBySlug(slug)
                        .map(c ->
                                Attribution.of(path, "consultant", c.getName(), c.getPublishedOfferings(), List.of(c)))
                        .orElse(Attribution.unknown());
            case "/views/service.xhtml" ->
                offerings
                        .findPublishedBySlug(slug)
                        .map(o -> Attribution.of(path, "service", o.getTitle(), List.of(o), List.of()))
                        .orElse(Attribution.unknown());
            case "/views/case.xhtml" ->
                cases.findPublishedBySlug(slug)
                        .map(c -> Attribution.of(
                                path, "case", c.getTitle(), c.getPublishedOfferings(), c.getConsultants()))
                        .orElse(Attribution.unknown());
            case "/views/article.xhtml" ->
                articles.findPublishedBySlug(slug)
                        .map(a -> Attribution.of(path, "article", a.getTitle(), servicesOf(a), a.getAuthors()))
                        .orElse(Attribution.unknown());
            case "/views/contact.xhtml" -> Attribution.of(path, "contact", null, List.of(), List.of());
            default -> Attribution.of(path, "page", null, List.of(), List.of());
        };
    }

    /** The published services whose slug is that of one of the article's categories or tags. */
    List<Offering> servicesOf(Article article) {
        Set<String> terms = new HashSet<>();
        article.getCategories().stream().map(ArticleTerm::getSlug).forEach(terms::add);
        article.getTags().stream().map(ArticleTerm::getSlug).forEach(terms::add);
        return topics().stream().filter(o -> terms.contains(o.getSlug())).toList();
    }

    /** The services a visitor may choose as topic: every published one, by title. */
    public List<Offering> topics() {
        return offerings.findAllByTitle().stream().filter(Offering::isPublished).toList();
    }
}
