package nl.kompas.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.LastChange;
import nl.kompas.platform.cache.PageDependencies;
import nl.kompas.platform.web.SiteLanguage;

@ApplicationScoped
public class CaseStudyRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<CaseStudy> findPublishedBySlug(String slug) {
        return em.createNamedQuery("CaseStudy.findPublishedBySlug", CaseStudy.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<CaseStudy> find(long id) {
        return Optional.ofNullable(em.find(CaseStudy.class, id));
    }

    public Optional<CaseStudy> findBySlug(String slug) {
        return em.createNamedQuery("CaseStudy.findBySlug", CaseStudy.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Published cases, newest first; limit 0 means all. */
    public List<CaseStudy> findPublished(SiteLanguage language) {
        PageDependencies.listed(CaseStudy.class);
        return em.createNamedQuery("CaseStudy.findAllPublished", CaseStudy.class)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    /** Published cases for the home page: the featured ones first, then the newest. */
    public List<CaseStudy> findForHomePage(int limit, SiteLanguage language) {
        PageDependencies.listed(CaseStudy.class);
        return em.createNamedQuery("CaseStudy.findForHomePage", CaseStudy.class)
                .setParameter("language", language.getTag())
                .setMaxResults(limit)
                .getResultList();
    }

    public List<CaseStudy> findPublishedByConsultant(Consultant consultant, SiteLanguage language) {
        PageDependencies.listed(CaseStudy.class);
        return em.createNamedQuery("CaseStudy.findPublishedByConsultant", CaseStudy.class)
                .setParameter("consultant", consultant)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    public List<String> allSlugs() {
        return em.createQuery("select c.slug from CaseStudy c", String.class).getResultList();
    }

    /** Every published case's slug and last change, for the sitemap. */
    public List<LastChange> lastChangesOfPublished(SiteLanguage language) {
        PageDependencies.listed(CaseStudy.class);
        return em.createQuery(
                        "select new nl.kompas.content.LastChange(c.slug, c.updatedAt) from CaseStudy c"
                                + " where c.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                                + " and c.language = :language",
                        LastChange.class)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    /** Per consultant, the last change of the published cases they worked on: their profile lists them. */
    public List<LastChange> lastChangesByConsultant(SiteLanguage language) {
        PageDependencies.listed(CaseStudy.class);
        return em.createQuery(
                        "select new nl.kompas.content.LastChange(k.slug, max(c.updatedAt)) from CaseStudy c"
                                + " join c.consultants k where c.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                                + " and c.language = :language group by k.slug",
                        LastChange.class)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    /** Every case, drafts too, by title: what the admin offers to link to a service page. */
    public List<CaseStudy> findAllByTitle() {
        return em.createQuery("select c from CaseStudy c order by c.title, c.id", CaseStudy.class)
                .getResultList();
    }

    /** Every case, drafts too, in slug order, for an export. */
    public List<CaseStudy> findAllInSlugOrder() {
        return em.createQuery("select c from CaseStudy c order by c.slug", CaseStudy.class)
                .getResultList();
    }

    public void add(CaseStudy caseStudy) {
        em.persist(caseStudy);
    }
}
