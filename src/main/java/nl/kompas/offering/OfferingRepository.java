package nl.kompas.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.content.LastChange;
import nl.kompas.platform.cache.PageDependencies;
import nl.kompas.platform.web.SiteLanguage;

@ApplicationScoped
public class OfferingRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Offering> findPublishedBySlug(String slug) {
        return em.createNamedQuery("Offering.findPublishedBySlug", Offering.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Offering> find(long id) {
        return Optional.ofNullable(em.find(Offering.class, id));
    }

    public Optional<Offering> findBySlug(String slug) {
        return em.createNamedQuery("Offering.findBySlug", Offering.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Published service pages by section name, sections alphabetical, pages in their order. */
    public Map<String, List<Offering>> findPublishedBySection(SiteLanguage language) {
        PageDependencies.listed(Offering.class);
        Map<String, List<Offering>> sections = new LinkedHashMap<>();
        for (Offering offering : em.createNamedQuery("Offering.findAllPublished", Offering.class)
                .setParameter("language", language.getTag())
                .getResultList()) {
            sections.computeIfAbsent(offering.getSectionName(), name -> new ArrayList<>())
                    .add(offering);
        }
        return sections;
    }

    /** Every published service page's slug and last change, for the sitemap. */
    public List<LastChange> lastChangesOfPublished(SiteLanguage language) {
        PageDependencies.listed(Offering.class);
        return em.createQuery(
                        "select new nl.kompas.content.LastChange(o.slug, o.updatedAt) from Offering o"
                                + " where o.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                                + " and o.language = :language",
                        LastChange.class)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    /** Per published service page, the last change of the published cases it shows. */
    public List<LastChange> lastChangesOfTheirCases(SiteLanguage language) {
        PageDependencies.listed(Offering.class);
        PageDependencies.listed(CaseStudy.class);
        return em.createQuery(
                        "select new nl.kompas.content.LastChange(o.slug, max(c.updatedAt)) from Offering o"
                                + " join o.cases c where o.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                                + " and c.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                                + " and o.language = :language group by o.slug",
                        LastChange.class)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    /** Every service page, drafts too, by title: what the admin offers to link to a case or consultant. */
    public List<Offering> findAllByTitle() {
        return em.createQuery("select o from Offering o order by o.title, o.id", Offering.class)
                .getResultList();
    }

    /** The names of the sections that have service pages, for the editor to choose from. */
    public List<String> sectionNames() {
        return em.createQuery("select distinct o.sectionName from Offering o order by o.sectionName", String.class)
                .getResultList();
    }

    /** Every service page, drafts too, in slug order, for an export. */
    public List<Offering> findAllInSlugOrder() {
        return em.createQuery("select o from Offering o order by o.slug", Offering.class)
                .getResultList();
    }

    public void add(Offering offering) {
        em.persist(offering);
    }
}
