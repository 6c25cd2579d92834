package nl.kompas.platform.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of public page, with its address in Dutch and in English and the Facelets view that
 * renders it: the one table that both {@link SiteRoutes} (path to page) and {@link SitePaths}
 * (page to path) read, so that a route and the links to it can never disagree.
 *
 * <p>The order matters to the routes: a list's own paths come before the item path they would
 * otherwise match ("/artikelen/pagina/2" is not the article "pagina").
 */
public enum SitePage {
    HOME("home", "/", "/en"),
    ARTICLES("articles", "/artikelen", "/en/articles"),
    ARTICLES_PAGE("articles", "/artikelen/pagina/{page}", "/en/articles/page/{page}"),
    CATEGORY("articles", "/artikelen/categorie/{category}", "/en/articles/category/{category}"),
    CATEGORY_PAGE(
            "articles",
            "/artikelen/categorie/{category}/pagina/{page}",
            "/en/articles/category/{category}/page/{page}"),
    TAG("articles", "/artikelen/tag/{tag}", "/en/articles/tag/{tag}"),
    TAG_PAGE("articles", "/artikelen/tag/{tag}/pagina/{page}", "/en/articles/tag/{tag}/page/{page}"),
    ARCHIVE("articles", "/artikelen/archief/{year}", "/en/articles/archive/{year}"),
    ARCHIVE_PAGE("articles", "/artikelen/archief/{year}/pagina/{page}", "/en/articles/archive/{year}/page/{page}"),
    ARTICLE("article", "/artikelen/{slug}", "/en/articles/{slug}"),
    SERIES("series", "/series/{slug}", "/en/series/{slug}"),
    CASES("cases", "/cases", "/en/cases"),
    CASE("case", "/cases/{slug}", "/en/cases/{slug}"),
    SERVICES("services", "/diensten", "/en/services"),
    SERVICE("service", "/diensten/{slug}", "/en/services/{slug}"),
    CONSULTANTS("consultants", "/consultants", "/en/consultants"),
    CONSULTANT("consultant", "/consultants/{slug}", "/en/consultants/{slug}"),
    CONTACT("contact", "/contact", "/en/contact"),
    CONTACT_THANKS("contact-thanks", "/contact/bedankt", "/en/contact/thank-you"),
    SEARCH("search", "/zoeken", "/en/search"),
    NEWSLETTER("newsletter", "/nieuwsbrief", "/en/newsletter"),
    NEWSLETTER_REQUESTED("newsletter-requested", "/nieuwsbrief/aangevraagd", "/en/newsletter/requested"),
    NEWSLETTER_CONFIRM("newsletter-confirm", "/nieuwsbrief/bevestigen", "/en/newsletter/confirm"),
    NEWSLETTER_CONFIRMED("newsletter-confirmed", "/nieuwsbrief/bevestigd", "/en/newsletter/confirmed"),
    NEWSLETTER_UNSUBSCRIBE("newsletter-unsubscribe", "/nieuwsbrief/afmelden", "/en/newsletter/unsubscribe"),
    NEWSLETTER_UNSUBSCRIBED("newsletter-unsubscribed", "/nieuwsbrief/afgemeld", "/en/newsletter/unsubscribed"),
    COMMENT_RECEIVED("comment-received", "/artikelen/{slug}/reactie-ontvangen", "/en/articles/{slug}/comment-received");

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private final String view;
    private final String dutch;
    private final String english;

    SitePage(String view, String dutch, String english) {
        this.view = "/views/" + view + ".xhtml";
        this.dutch = dutch;
        this.english = english;
    }

    /** The Facelets view that renders this page. */
    public String view() {
        return view;
    }

    /** The address template in a language, such as "/en/articles/{slug}". */
    public String template(SiteLanguage language) {
        return language == SiteLanguage.EN ? english : dutch;
    }

    /**
     * The page's path in a language with its parameters filled in. Every parameter of the template
     * must be given; parameters are slugs, numbers and years, which need no escaping.
     */
    public String path(SiteLanguage language, Map<String, String> params) {
        Matcher parameter = PARAMETER.matcher(template(language));
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = params.get(parameter.group(1));
            if (value == null) {
                throw new IllegalArgumentException(this + " needs a " + parameter.group(1));
            }
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    /** Whether the page shows one translatable item (an article, case or service page). */
    public boolean isItem() {
        return this == ARTICLE || this == CASE || this == SERVICE || this == SERIES || this == COMMENT_RECEIVED;
    }

    /**
     * The list a page belongs to: where the language switch goes from a page without a
     * counterpart (an untranslated article, a category without articles in the other language).
     */
    public SitePage list() {
        return switch (this) {
            case CASE -> CASES;
            case SERVICE -> SERVICES;
            case ARTICLE,
                    SERIES,
                    COMMENT_RECEIVED,
                    ARTICLES_PAGE,
                    CATEGORY,
                    CATEGORY_PAGE,
                    TAG,
                    TAG_PAGE,
                    ARCHIVE,
                    ARCHIVE_PAGE -> ARTICLES;
            default -> this;
        };
    }
}
