package nl.kompas.consultant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.kompas.content.LastChange;
import nl.kompas.offering.Offering;
import nl.kompas.platform.cache.PageDependencies;

@ApplicationScoped
public class ConsultantRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Consultant> findBySlug(String slug) {
        return em.createNamedQuery("Consultant.findBySlug", Consultant.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Consultant> find(long id) {
        return Optional.ofNullable(em.find(Consultant.class, id));
    }

    public List<Consultant> findAll() {
        PageDependencies.listed(Consultant.class);
        return em.createNamedQuery("Consultant.findAll", Consultant.class).getResultList();
    }

    /** The consultants who cover a service, by name: a visitor's people to talk to about it. */
    public List<Consultant> findCovering(Offering offering) {
        PageDependencies.listed(Consultant.class);
        return em.createNamedQuery("Consultant.findCovering", Consultant.class)
                .setParameter("offering", offering)
                .getResultList();
    }

    /** Every consultant's slug and last change, for the sitemap: each has a public profile. */
    public List<LastChange> lastChanges() {
        PageDependencies.listed(Consultant.class);
        return em.createQuery(
                        "select new nl.kompas.content.LastChange(c.slug, c.updatedAt) from Consultant c",
                        LastChange.class)
                .getResultList();
    }

    /** Every consultant in slug order, for an export. */
    public List<Consultant> findAllInSlugOrder() {
        return em.createQuery("select c from Consultant c order by c.slug", Consultant.class)
                .getResultList();
    }

    public void add(Consultant consultant) {
        em.persist(consultant);
    }
}
