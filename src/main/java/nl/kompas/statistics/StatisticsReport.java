package nl.kompas.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePage;

/**
 * What the dashboard shows of the statistics: views per day, the most read articles and cases of
 * this week, month and year, and the sites visitors came from. For editors and admins only. What
 * was counted since the last batch was written (see {@link StatisticsWriter}) is not in it yet.
 */
@ApplicationScoped
public class StatisticsReport {

    static final int TOP = 10;

    /** A calendar period up to today, in the site's time zone; a week starts on Monday. */
    public enum Period {
        WEEK,
        MONTH,
        YEAR;

        LocalDate start(LocalDate today) {
            return switch (this) {
                case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> today.withDayOfMonth(1);
                case YEAR -> today.withDayOfYear(1);
            };
        }
    }

    /**
     * A kind of page the top list shows: the path its Dutch pages live under (from the route
     * table), and its entity. English pages are counted, but the top list is of the Dutch site.
     */
    private enum Kind {
        ARTICLE(SitePage.ARTICLE, "Article"),
        CASE(SitePage.CASE, "CaseStudy");

        private final String prefix;
        private final String entity;

        Kind(SitePage page, String entity) {
            this.prefix = page.template(SiteLanguage.NL).replace("{slug}", "");
            this.entity = entity;
        }
    }

    /** A much-read page: "article" or "case", its title (its path once it is gone), its path and views. */
    public record TopPage(String kind, String title, String path, long views) {}

    public record DayViews(LocalDate day, long views) {}

    @Inject
    StatisticsStore store;

    @Inject
    SiteConfig site;

    @PersistenceContext
    EntityManager em;

    /** The page views of each of the last {@code days} days up to today, zero where there were none. */
    public List<DayViews> viewsPerDay(Actor actor, int days) {
        check(actor);
        LocalDate first = today().minusDays(days - 1L);
        Map<LocalDate, Long> counted = new HashMap<>();
        for (Object[] row : store.viewsPerDay(first)) {
            counted.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        List<DayViews> perDay = new ArrayList<>(days);
        for (LocalDate day = first; !day.isAfter(today()); day = day.plusDays(1)) {
            perDay.add(new DayViews(day, counted.getOrDefault(day, 0L)));
        }
        return perDay;
    }

    /** The {@value #TOP} most viewed articles and cases of the period, together, most viewed first. */
    public List<TopPage> topPages(Actor actor, Period period) {
        check(actor);
        LocalDate from = period.start(today());
        List<TopPage> top = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<StatisticsStore.Total> totals = store.topPagesUnder(kind.prefix, from, TOP);
            Map<String, String> titles = titles(
                    kind,
                    totals.stream()
                            .map(total -> total.name().substring(kind.prefix.length()))
                            .toList());
            for (StatisticsStore.Total total : totals) {
                String slug = total.name().substring(kind.prefix.length());
                top.add(new TopPage(
                        kind.name().toLowerCase(Locale.ROOT),
                        titles.getOrDefault(slug, total.name()),
                        total.name(),
                        total.count()));
            }
        }
        return top.stream()
                .sorted(Comparator.comparingLong(TopPage::views).reversed())
                .limit(TOP)
                .toList();
    }

    /** The {@value #TOP} domains most visitors came from over the last {@code days} days. */
    public List<StatisticsStore.Total> topReferrers(Actor actor, int days) {
        check(actor);
        return store.topReferrers(today().minusDays(days - 1L), TOP);
    }

    private Map<String, String> titles(Kind kind, List<String> slugs) {
        Map<String, String> titles = new HashMap<>();
        if (!slugs.isEmpty()) {
            em.createQuery("select i.slug, i.title from " + kind.entity + " i where i.slug in :slugs", Object[].class)
                    .setParameter("slugs", slugs)
                    .getResultStream()
                    .forEach(row -> titles.put((String) row[0], (String) row[1]));
        }
        return titles;
    }

    private LocalDate today() {
        return LocalDate.now(site.getTimeZone());
    }

    /** Statistics are for editors and admins: a consultant would see everyone's pages. */
    static void check(Actor actor) {
        if (!actor.mayPublish()) {
            throw new ActionNotPermitted(actor, "see the visitor statistics");
        }
    }
}
