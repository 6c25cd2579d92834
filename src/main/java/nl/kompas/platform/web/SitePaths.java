package nl.kompas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import nl.kompas.article.Article;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.content.PublishableItem;
import nl.kompas.offering.Offering;

/**
 * The one place that builds the paths of public pages, in either language, from the table in
 * {@link SitePage}: views, themes, feeds, the sitemap, search hits, mails and the admin's "view on
 * site" links all ask here, so that no address is spelled out anywhere else. An item's page is in
 * the item's own language; every other page takes the language it is asked for.
 */
@Named("paths")
@ApplicationScoped
public class SitePaths {

    public String home(SiteLanguage language) {
        return SitePage.HOME.path(language, Map.of());
    }

    public String articles(SiteLanguage language) {
        return SitePage.ARTICLES.path(language, Map.of());
    }

    public String category(SiteLanguage language, String slug) {
        return SitePage.CATEGORY.path(language, Map.of("category", slug));
    }

    public String tag(SiteLanguage language, String slug) {
        return SitePage.TAG.path(language, Map.of("tag", slug));
    }

    public String archive(SiteLanguage language, int year) {
        return SitePage.ARCHIVE.path(language, Map.of("year", String.valueOf(year)));
    }

    /**
     * Page {@code number} of an article list whose first page is {@code listPath}: the list itself
     * for page 1, else its "/pagina/n" (Dutch) or "/page/n" (English).
     */
    public String listPage(String listPath, int number) {
        if (number <= 1) {
            return listPath;
        }
        String word = SiteLanguage.ofPath(listPath) == SiteLanguage.EN ? "/page/" : "/pagina/";
        return listPath + word + number;
    }

    public String article(SiteLanguage language, String slug) {
        return SitePage.ARTICLE.path(language, Map.of("slug", slug));
    }

    public String series(SiteLanguage language, String slug) {
        return SitePage.SERIES.path(language, Map.of("slug", slug));
    }

    public String cases(SiteLanguage language) {
        return SitePage.CASES.path(language, Map.of());
    }

    public String caseStudy(SiteLanguage language, String slug) {
        return SitePage.CASE.path(language, Map.of("slug", slug));
    }

    public String services(SiteLanguage language) {
        return SitePage.SERVICES.path(language, Map.of());
    }

    public String service(SiteLanguage language, String slug) {
        return SitePage.SERVICE.path(language, Map.of("slug", slug));
    }

    public String consultants(SiteLanguage language) {
        return SitePage.CONSULTANTS.path(language, Map.of());
    }

    public String consultant(SiteLanguage language, String slug) {
        return SitePage.CONSULTANT.path(language, Map.of("slug", slug));
    }

    public String contact(SiteLanguage language) {
        return SitePage.CONTACT.path(language, Map.of());
    }

    public String contactThanks(SiteLanguage language) {
        return SitePage.CONTACT_THANKS.path(language, Map.of());
    }

    public String search(SiteLanguage language) {
        return SitePage.SEARCH.path(language, Map.of());
    }

    public String newsletter(SiteLanguage language) {
        return SitePage.NEWSLETTER.path(language, Map.of());
    }

    public String newsletterRequested(SiteLanguage language) {
        return SitePage.NEWSLETTER_REQUESTED.path(language, Map.of());
    }

    public String newsletterConfirm(SiteLanguage language) {
        return SitePage.NEWSLETTER_CONFIRM.path(language, Map.of());
    }

    public String newsletterConfirmed(SiteLanguage language) {
        return SitePage.NEWSLETTER_CONFIRMED.path(language, Map.of());
    }

    public String newsletterUnsubscribe(SiteLanguage language) {
        return SitePage.NEWSLETTER_UNSUBSCRIBE.path(language, Map.of());
    }

    public String newsletterUnsubscribed(SiteLanguage language) {
        return SitePage.NEWSLETTER_UNSUBSCRIBED.path(language, Map.of());
    }

    public String commentReceived(SiteLanguage language, String articleSlug) {
        return SitePage.COMMENT_RECEIVED.path(language, Map.of("slug", articleSlug));
    }

    /** The page of an article, case or service page, in the item's own language. */
    public String item(PublishableItem item) {
        return item(item.getClass(), item.getLanguage(), item.getSlug());
    }

    /** The page of an article, case or service page by its type, language and slug. */
    public String item(Class<?> type, SiteLanguage language, String slug) {
        if (Article.class.isAssignableFrom(type)) {
            return article(language, slug);
        }
        if (CaseStudy.class.isAssignableFrom(type)) {
            return caseStudy(language, slug);
        }
        if (Offering.class.isAssignableFrom(type)) {
            return service(language, slug);
        }
        throw new IllegalArgumentException("No public page for " + type.getSimpleName());
    }
}
