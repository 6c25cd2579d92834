package nl.kompas.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.LastChange;
import nl.kompas.offering.OfferingRepository;
import nl.kompas.platform.SiteConfig;

/**
 * Every page a visitor can open, with when it last changed: the home page, the lists, and each
 * published article, case, service page, consultant profile, and category, tag, archive year and
 * series that has a published article. Drafts are not pages, and neither are the later pages of a list.
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

    public List<SitemapUrl> all() {
        List<LastChange> publishedArticles = articles.lastChangesOfPublished();
        List<LastChange> publishedCases = cases.lastChangesOfPublished();
        List<LastChange> publishedOfferings = offerings.lastChangesOfPublished();
        List<LastChange> allConsultants = consultants.lastChanges();
        Map<String, Instant> casesByOffering = bySlug(offerings.lastChangesOfTheirCases());
        Map<String, Instant> articlesByAuthor = bySlug(articles.lastChangesByAuthor());
        Map<String, Instant> casesByConsultant = bySlug(cases.lastChangesByConsultant());

        List<SitemapUrl> urls = new ArrayList<>();
        urls.add(url("/", lastChangeOf(publishedArticles, publishedCases, publishedOfferings)));
        urls.add(url("/artikelen", lastChangeOf(publishedArticles)));
        urls.add(url("/cases", lastChangeOf(publishedCases)));
        urls.add(url("/diensten", lastChangeOf(publishedOfferings)));
        urls.add(url("/consultants", lastChangeOf(allConsultants)));
        urls.add(url("/contact", DEPLOYED));
        addEach(urls, "/artikelen/", publishedArticles, Map.of());
        addEach(urls, "/artikelen/categorie/", articles.lastChangesByCategory(), Map.of());
        addEach(urls, "/artikelen/tag/", articles.lastChangesByTag(), Map.of());
        addEach(urls, "/artikelen/archief/", articles.lastChangesByYear(), Map.of());
        addEach(urls, "/series/", articles.lastChangesBySeries(), Map.of());
        addEach(urls, "/cases/", publishedCases, Map.of());
        addEach(urls, "/diensten/", publishedOfferings, casesByOffering);
        for (LastChange consultant : allConsultants) {
            urls.add(url(
                    "/consultants/" + consultant.slug(),
                    latest(
                            consultant.at(),
                            articlesByAuthor.get(consultant.slug()),
                            casesByConsultant.get(consultant.slug()))));
        }
        return urls;
    }

    /** A page per item under the prefix, changed when the item or what it lists last changed. */
    private void addEach(List<SitemapUrl> urls, String prefix, List<LastChange> items, Map<String, Instant> listed) {
        for (LastChange item : items) {
            urls.add(url(prefix + item.slug(), latest(item.at(), listed.get(item.slug()))));
        }
    }

    private SitemapUrl url(String path, Instant lastModified) {
        return new SitemapUrl(site.absolute(path), lastModified);
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
