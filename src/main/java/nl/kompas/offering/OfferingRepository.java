package nl.kompas.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kompas.platform.cache.PageDependencies;

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

    public Optional<Offering> findBySlug(String slug) {
        return em.createNamedQuery("Offering.findBySlug", Offering.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Published service pages by section name, sections alphabetical, pages in their order. */
    public Map<String, List<Offering>> findPublishedBySection() {
        PageDependencies.listed(Offering.class);
        Map<String, List<Offering>> sections = new LinkedHashMap<>();
        for (Offering offering :
                em.createNamedQuery("Offering.findAllPublished", Offering.class).getResultList()) {
            sections.computeIfAbsent(offering.getSectionName(), name -> new ArrayList<>())
                    .add(offering);
        }
        return sections;
    }

    public void add(Offering offering) {
        em.persist(offering);
    }
}
