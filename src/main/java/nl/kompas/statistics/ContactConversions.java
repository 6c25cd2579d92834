package nl.kompas.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kompas.account.Actor;
import nl.kompas.platform.SiteConfig;

/**
 * Which pages bring contact requests: per source page of a period, the requests sent from it, the
 * page's counted views, the requests per 1,000 views, the service and consultant the page belongs
 * to, and the campaign (utm_source / utm_campaign) most of its requests came with. Each figure is
 * a GROUP BY in the database, over the requests and the daily counts of the period only. For
 * editors and admins only, as all statistics: a consultant would see the others' pages too.
 */
@ApplicationScoped
public class ContactConversions {

    /** The most pages the panel lists: those with the most requests. */
    static final int MAX_PAGES = 25;

    /**
     * One source page's figures. Views are 0 when none were counted (a page visited only by bots
     * or editors, or before the statistics were kept); the rate is then null, as it says nothing.
     */
    public record SourcePage(
            String path, String title, long requests, long views, String service, String consultant, String campaign) {

        /** Requests per 1,000 counted views, or null without views. */
        public Double getPerThousandViews() {
            return views == 0 ? null : requests * 1000.0 / views;
        }
    }

    @Inject
    SiteConfig site;

    @PersistenceContext
    EntityManager em;

    /** The {@value #MAX_PAGES} source pages with the most contact requests of the period, most first. */
    public List<SourcePage> perSourcePage(Actor actor, StatisticsReport.Period period) {
        StatisticsReport.check(actor);
        LocalDate from = period.start(LocalDate.now(site.getTimeZone()));
        // Requests are stamped in UTC, the days of the counts are the site's: the period starts at
        // midnight in the site's time zone.
        LocalDateTime since =
                LocalDateTime.ofInstant(from.atStartOfDay(site.getTimeZone()).toInstant(), ZoneOffset.UTC);
        List<Object[]> requests = em.createQuery(
                        "select c.sourcePath, count(c), max(c.sourceTitle), max(o.title), max(k.name)"
                                + " from ContactRequest c left join c.sourceOffering o left join c.sourceConsultant k"
                                + " where c.createdAt >= :since and c.sourcePath is not null"
                                + " group by c.sourcePath order by count(c) desc, c.sourcePath",
                        Object[].class)
                .setParameter("since", since)
                .setMaxResults(MAX_PAGES)
                .getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        List<String> paths = requests.stream().map(row -> (String) row[0]).toList();
        Map<String, Long> views = views(paths, from);
        Map<String, String> campaigns = topCampaigns(paths, since);
        return requests.stream()
                .map(row -> new SourcePage(
                        (String) row[0],
                        (String) row[2],
                        ((Number) row[1]).longValue(),
                        views.getOrDefault((String) row[0], 0L),
                        (String) row[3],
                        (String) row[4],
                        campaigns.get((String) row[0])))
                .toList();
    }

    private Map<String, Long> views(List<String> paths, LocalDate from) {
        Map<String, Long> views = new HashMap<>();
        em.createQuery(
                        "select v.path, sum(v.views) from DailyPageViews v"
                                + " where v.day >= :from and v.path in :paths group by v.path",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("paths", paths)
                .getResultStream()
                .forEach(row -> views.put((String) row[0], ((Number) row[1]).longValue()));
        return views;
    }

    /**
     * Each page's campaign with the most requests, as "source / campaign" (either alone when the
     * other is missing); on a tie the first by name, so the panel does not change between loads.
     */
    private Map<String, String> topCampaigns(List<String> paths, LocalDateTime since) {
        Map<String, String> top = new HashMap<>();
        em.createQuery(
                        "select c.sourcePath, c.utmSource, c.utmCampaign, count(c) from ContactRequest c"
                                + " where c.createdAt >= :since and c.sourcePath in :paths"
                                + " and (c.utmSource is not null or c.utmCampaign is not null)"
                                + " group by c.sourcePath, c.utmSource, c.utmCampaign"
                                + " order by count(c) desc, c.utmSource, c.utmCampaign",
                        Object[].class)
                .setParameter("since", since)
                .setParameter("paths", paths)
                .getResultStream()
                .forEach(row -> top.putIfAbsent((String) row[0], campaign((String) row[1], (String) row[2])));
        return top;
    }

    static String campaign(String source, String campaign) {
        if (source == null) {
            return campaign;
        }
        return campaign == null ? source : source + " / " + campaign;
    }
}
