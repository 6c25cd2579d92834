package nl.kompas.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The stored counts: adds a batch to them, and answers what the dashboard asks. */
@ApplicationScoped
public class StatisticsStore {

    @PersistenceContext
    EntityManager em;

    /** A name (a page's path or a referring domain) with its total over a period. */
    public record Total(String name, long count) {}

    /** Adds a batch of counts, in one transaction: all of it is stored or none. */
    @Transactional
    public void add(ViewCounts.Tally tally) {
        add(tally.pages(), DailyPageViews.class, DailyPageViews::new);
        add(tally.referrers(), DailyReferrals.class, DailyReferrals::new);
    }

    /** Adds each count to its row of that day and name, creating the row the first time. */
    private <T extends DailyCount> void add(
            Map<ViewCounts.Key, Long> counts, Class<T> type, BiFunction<LocalDate, String, T> create) {
        for (Map.Entry<ViewCounts.Key, Long> count : counts.entrySet()) {
            ViewCounts.Key key = count.getKey();
            em.createNamedQuery(type.getSimpleName() + ".find", type)
                    .setParameter("day", key.day())
                    .setParameter("name", key.name())
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> persist(create.apply(key.day(), key.name())))
                    .add(count.getValue());
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    /** All page views per day from {@code from} on; days without views are missing. */
    public List<Object[]> viewsPerDay(LocalDate from) {
        return em.createQuery(
                        "select v.day, sum(v.views) from DailyPageViews v where v.day >= :from group by v.day",
                        Object[].class)
                .setParameter("from", from)
                .getResultList();
    }

    /**
     * The most viewed pages directly under a prefix ("/artikelen/" gives the articles, not
     * "/artikelen/categorie/x" or "/artikelen/pagina/2"), from {@code from} on, most viewed first.
     */
    public List<Total> topPagesUnder(String prefix, LocalDate from, int max) {
        return em.createQuery(
                        "select v.path, sum(v.views)"
                                + " from DailyPageViews v where v.day >= :from and v.path like :under"
                                + " and v.path not like :deeper group by v.path order by sum(v.views) desc, v.path",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("under", prefix + "%")
                .setParameter("deeper", prefix + "%/%")
                .setMaxResults(max)
                .getResultStream()
                .map(StatisticsStore::total)
                .toList();
    }

    private static Total total(Object[] row) {
        return new Total((String) row[0], ((Number) row[1]).longValue());
    }

    /** The domains most visitors came from, from {@code from} on. */
    public List<Total> topReferrers(LocalDate from, int max) {
        return em.createQuery(
                        "select r.domain, sum(r.visits)"
                                + " from DailyReferrals r where r.day >= :from group by r.domain"
                                + " order by sum(r.visits) desc, r.domain",
                        Object[].class)
                .setParameter("from", from)
                .setMaxResults(max)
                .getResultStream()
                .map(StatisticsStore::total)
                .toList();
    }
}
