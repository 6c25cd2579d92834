package nl.kompas.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.LastChange;
import nl.kompas.content.Translations;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePage;

/**
 * Every page a visitor can open, with when it last changed: the home page, the lists, and each
 * published article, case, service page, consultant profile, and category, tag, archive year and
 * series that has a published article, in both languages. Drafts are not pages, and neither are
 * the later pages of a list. A page whose counterpart in the other language exists names both,
 * with the Dutch one as the default (hreflang alternates).
 *
 * <p>A page changes when its item changes or when one it lists does: a category page when one of
 * its articles does, a profile when the consultant's articles or cases do. The few statements
 * behind this read slugs and times only, however many items there are.
 */
@ApplicationScoped
public class PublicPages {

    /**
     * The home page's and contact page's own text comes with the release, and Payara Micro runs
     * one site per process: the process's start is the last time that text could have changed.
     */
    private static final Instant DEPLOYED =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @Inject
    SiteConfig site;

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    @Inject
    Translations translations;

    public List<SitemapUrl> all() {
        Map<String, String> articlePairs = translations.publishedPairs(Article.class);
        Map<String, String> casePairs = translations.publishedPairs(CaseStudy.class);
        Map<String, String> offeringPairs = translations.publishedPairs(Offering.class);
        Map<SiteLanguage, Lists> lists = new EnumMap<>(SiteLanguage.class);
        for (SiteLanguage language : SiteLanguage.values()) {
            lists.put(language, new Lists(language));
        }
        List<SitemapUrl> urls = new ArrayList<>();
        for (SiteLanguage language : SiteLanguage.values()) {
            Lists own = lists.get(language);
            Lists other = lists.get(language.other());
            urls.add(both(language, SitePage.HOME, Map.of(), own.lastChangeOfAll()));
            urls.add(both(language, SitePage.ARTICLES, Map.of(), lastChangeOf(own.articles)));
            urls.add(both(language, SitePage.CASES, Map.of(), lastChangeOf(own.cases)));
            urls.add(both(language, SitePage.SERVICES, Map.of(), lastChangeOf(own.offerings)));
            urls.add(both(language, SitePage.CONSULTANTS, Map.of(), lastChangeOf(allConsultants())));
            urls.add(both(language, SitePage.CONTACT, Map.of(), DEPLOYED));
            addItems(urls, language, SitePage.ARTICLE, own.articles, Map.of(), articlePairs);
            addLists(urls, language, SitePage.CATEGORY, "category", own.categories, other.categories);
            addLists(urls, language, SitePage.TAG, "tag", own.tags, other.tags);
            addLists(urls, language, SitePage.ARCHIVE, "year", own.years, other.years);
            addLists(urls, language, SitePage.SERIES, "slug", own.series, other.series);
            addItems(urls, language, SitePage.CASE, own.cases, Map.of(), casePairs);
            addItems(urls, language, SitePage.SERVICE, own.offerings, own.casesByOffering, offeringPairs);
            for (LastChange consultant : allConsultants()) {
                urls.add(both(
                        language,
                        SitePage.CONSULTANT,
                        Map.of("slug", consultant.slug()),
                        latest(
                                consultant.at(),
                                own.articlesByAuthor.get(consultant.slug()),
                                own.casesByConsultant.get(consultant.slug()))));
            }
        }
        return urls;
    }

    /** What one language's lists hold, read once per sitemap. */
    private final class Lists {
        final List<LastChange> articles;
        final List<LastChange> cases;
        final List<LastChange> offerings;
        final List<LastChange> categories;
        final List<LastChange> tags;
        final List<LastChange> years;
        final List<LastChange> series;
        final Map<String, Instant> casesByOffering;
        final Map<String, Instant> articlesByAuthor;
        final Map<String, Instant> casesByConsultant;

        Lists(SiteLanguage language) {
            articles = PublicPages.this.articles.lastChangesOfPublished(language);
            cases = PublicPages.this.cases.lastChangesOfPublished(language);
            offerings = PublicPages.this.offerings.lastChangesOfPublished(language);
            categories = PublicPages.this.articles.lastChangesByCategory(language);
            tags = PublicPages.this.articles.lastChangesByTag(language);
            years = PublicPages.this.articles.lastChangesByYear(language);
            series = PublicPages.this.articles.lastChangesBySeries(language);
            casesByOffering = bySlug(PublicPages.this.offerings.lastChangesOfTheirCases(language));
            articlesByAuthor = bySlug(PublicPages.this.articles.lastChangesByAuthor(language));
            casesByConsultant = bySlug(PublicPages.this.cases.lastChangesByConsultant(language));
        }

        Instant lastChangeOfAll() {
            return lastChangeOf(articles, cases, offerings);
        }
    }

    private List<LastChange> allConsultants() {
        return consultants.lastChanges();
    }

    /** A page that exists in both languages: the same page type with the same parameters. */
    private SitemapUrl both(SiteLanguage language, SitePage page, Map<String, String> params, Instant lastModified) {
        return new SitemapUrl(
                site.absolute(page.path(language, params)),
                lastModified,
                alternates(page.path(SiteLanguage.NL, params), page.path(SiteLanguage.EN, params)));
    }

    /**
     * A page per item: changed when the item or what it lists last changed, with alternates when
     * the item has a published translation.
     */
    private void addItems(
            List<SitemapUrl> urls,
            SiteLanguage language,
            SitePage page,
            List<LastChange> items,
            Map<String, Instant> listed,
            Map<String, String> pairs) {
        for (LastChange item : items) {
            String own = page.path(language, Map.of("slug", item.slug()));
            String translated = pairs.get(item.slug());
            Map<String, String> alternates = translated == null
                    ? Map.of()
                    : language == SiteLanguage.NL
                            ? alternates(own, page.path(SiteLanguage.EN, Map.of("slug", translated)))
                            : alternates(page.path(SiteLanguage.NL, Map.of("slug", translated)), own);
            urls.add(new SitemapUrl(site.absolute(own), latest(item.at(), listed.get(item.slug())), alternates));
        }
    }

    /** A category, tag, year or series page: alternates when the other language has the same page. */
    private void addLists(
            List<SitemapUrl> urls,
            SiteLanguage language,
            SitePage page,
            String param,
            List<LastChange> own,
            List<LastChange> other) {
        Map<String, Instant> inOther = bySlug(other);
        for (LastChange list : own) {
            Map<String, String> params = Map.of(param, list.slug());
            urls.add(
                    inOther.containsKey(list.slug())
                            ? both(language, page, params, list.at())
                            : new SitemapUrl(site.absolute(page.path(language, params)), list.at(), Map.of()));
        }
    }

    /** hreflang to absolute address: Dutch, English, and Dutch again as the default. */
    private Map<String, String> alternates(String dutchPath, String englishPath) {
        Map<String, String> alternates = new LinkedHashMap<>();
        alternates.put("nl", site.absolute(dutchPath));
        alternates.put("en", site.absolute(englishPath));
        alternates.put("x-default", site.absolute(dutchPath));
        return alternates;
    }

    private static Map<String, Instant> bySlug(List<LastChange> changes) {
        return changes.stream().collect(Collectors.toMap(LastChange::slug, LastChange::at));
    }

    /** The newest change of all items; a list with none shows only the release's own text. */
    @SafeVarargs
    private static Instant lastChangeOf(Collection<LastChange>... lists) {
        return Arrays.stream(lists)
                .flatMap(Collection::stream)
                .map(LastChange::at)
                .max(Comparator.naturalOrder())
                .orElse(DEPLOYED);
    }

    /** The latest of these times; a null (nothing of that kind listed) is left out. */
    private static Instant latest(Instant... times) {
        return Stream.of(times)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
