package nl.kompas.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.kompas.article.Article;
import nl.kompas.article.Tag;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.consultant.Consultant;
import nl.kompas.offering.Offering;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.MessageFormats;
import nl.kompas.platform.web.PageLanguage;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SitePaths;
import nl.kompas.theme.ActiveTheme;

/**
 * The share preview of the page being rendered. Each view names its kind of page
 * ({@code #{previews.article(article)}}, {@code #{previews.list(pageTitle, pageDescription)}}),
 * and the page template writes the result into the head. A page without its own picture shows a
 * drawn one: its title for articles and cases, the site's name for the rest.
 *
 * <p>A request renders one page, and the head refers to its preview a few dozen times (each
 * Facelets parameter is evaluated where it is used), so the first call builds it and later calls
 * get the same.
 */
@Named("previews")
@RequestScoped
public class PagePreviews {

    @Inject
    SitePaths paths;

    @Inject
    SiteConfig site;

    @Inject
    ActiveTheme theme;

    @Inject
    Route route;

    @Inject
    ShareImages images;

    @Inject
    OwnImages ownImages;

    @Inject
    MessageFormats fmt;

    private PagePreview built;

    public PagePreview article(Article article) {
        return once(() -> {
            String url = pageUrl();
            PreviewImage image = ownImages
                    .preview(article.getImage(), article.getImageAlt())
                    .orElseGet(() -> images.forArticle(article));
            return builder(article.getTitle(), article.getSummary(), url, image)
                    .type("article")
                    .times(article.getPublishedOn().toString(), timestamp(article.getUpdatedAt()))
                    .authors(article.getAuthors().stream().map(this::profileUrl).toList())
                    .tags(article.getTags().stream().map(Tag::getName).toList())
                    .jsonLd(scripts(StructuredData.article(article, url, image, identity())))
                    .build();
        });
    }

    public PagePreview caseStudy(CaseStudy caseStudy) {
        return once(() -> {
            String url = pageUrl();
            PreviewImage image = ownImages
                    .preview(caseStudy.getImage(), caseStudy.getImageAlt())
                    .orElseGet(() -> images.forCase(caseStudy));
            return builder(caseStudy.getTitle(), caseStudy.getSummary(), url, image)
                    .type("article")
                    .times(caseStudy.getPublishedOn().toString(), timestamp(caseStudy.getUpdatedAt()))
                    .jsonLd(scripts(StructuredData.caseStudy(caseStudy, url, image, identity())))
                    .build();
        });
    }

    /** A service page, with the breadcrumb trail it shows: home, services, its section, itself. */
    public PagePreview service(Offering offering) {
        return once(() -> {
            String url = pageUrl();
            List<StructuredData.Crumb> trail = List.of(
                    new StructuredData.Crumb(fmt.message("nav.home"), site.absolute(paths.home(route.getLanguage()))),
                    new StructuredData.Crumb(
                            fmt.message("nav.services"), site.absolute(paths.services(route.getLanguage()))),
                    new StructuredData.Crumb(
                            offering.getSectionName(),
                            site.absolute(paths.services(route.getLanguage()) + "#" + offering.getSectionSlug())),
                    new StructuredData.Crumb(offering.getTitle(), url));
            return builder(offering.getTitle(), offering.getBody().getExcerpt(), url, images.forSite())
                    .jsonLd(scripts(StructuredData.breadcrumbs(trail)))
                    .build();
        });
    }

    public PagePreview consultant(Consultant consultant, String description) {
        return once(() -> {
            String url = pageUrl();
            PreviewImage photo = ownImages
                    .preview(consultant.getPhoto(), consultant.getName())
                    .orElse(null);
            return builder(consultant.getName(), description, url, photo == null ? images.forSite() : photo)
                    .type("profile")
                    .jsonLd(scripts(
                            StructuredData.person(consultant, url, photo == null ? null : photo.getUrl(), identity())))
                    .build();
        });
    }

    /** The home page: the firm itself. */
    public PagePreview home() {
        return once(() -> builder(site.getName(), site.getTagline(), pageUrl(), images.forSite())
                .jsonLd(scripts(StructuredData.organization(identity())))
                .build());
    }

    /** A page that lists articles, cases, services or consultants. */
    public PagePreview list(String title, String description) {
        return once(() -> {
            String url = pageUrl();
            return builder(title, description, url, images.forSite())
                    .jsonLd(scripts(
                            StructuredData.collectionPage(orSiteName(title), orTagline(description), url, identity())))
                    .build();
        });
    }

    public PagePreview contact(String title, String description) {
        return once(() -> {
            String url = pageUrl();
            return builder(title, description, url, images.forSite())
                    .jsonLd(scripts(
                            StructuredData.contactPage(orSiteName(title), orTagline(description), url, identity())))
                    .build();
        });
    }

    /** Any page that names no kind: a plain WebPage with the site's image. */
    public PagePreview page(String title, String description) {
        return once(() -> {
            String url = pageUrl();
            return builder(title, description, url, images.forSite())
                    .jsonLd(scripts(StructuredData.page(orSiteName(title), orTagline(description), url, identity())))
                    .build();
        });
    }

    private PagePreview once(Supplier<PagePreview> build) {
        if (built == null) {
            built = build.get();
        }
        return built;
    }

    private PagePreview.Builder builder(String title, String description, String url, PreviewImage image) {
        return PagePreview.builder(orSiteName(title), orTagline(description), url, ogLocale(), image);
    }

    private SiteIdentity identity() {
        String logo = theme.hasAsset("logo.svg") ? "logo.svg" : "favicon.svg";
        return new SiteIdentity(
                site.getName(),
                site.getTagline(),
                site.getBaseUrl(),
                site.absolute(theme.asset(logo)),
                site.getContactEmail(),
                site.getContactPhone(),
                site.getSameAs(),
                PageLanguage.current().getLanguage() + "-" + country(),
                site.getTimeZone());
    }

    private String pageUrl() {
        return site.absolute(route.getPath());
    }

    private String profileUrl(Consultant consultant) {
        return site.absolute(paths.consultant(route.getLanguage(), consultant.getSlug()));
    }

    private String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(site.getTimeZone()));
    }

    private String orSiteName(String title) {
        return title == null || title.isBlank() ? site.getName() : title;
    }

    private String orTagline(String description) {
        return description == null || description.isBlank() ? site.getTagline() : description;
    }

    /** OpenGraph wants language and territory: nl_NL for Dutch pages, en_GB for English ones. */
    private static String ogLocale() {
        return PageLanguage.current().getLanguage() + "_" + country();
    }

    private static String country() {
        Locale page = PageLanguage.current();
        if (!page.getCountry().isEmpty()) {
            return page.getCountry();
        }
        return "en".equals(page.getLanguage()) ? "GB" : page.getLanguage().toUpperCase(Locale.ROOT);
    }

    private static List<String> scripts(JsonObject data) {
        return List.of(JsonLd.scriptText(data));
    }
}
