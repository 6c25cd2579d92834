package nl.kompas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * The public route a request matched, with its path parameters, for the page beans to read:
 * {@code /artikelen/{slug}} gives {@code route.param("slug")}. See {@link SiteRoutes}.
 */
@Named("route")
@RequestScoped
public class Route {

    static final String ATTRIBUTE = Route.class.getName();

    @Inject
    HttpServletRequest request;

    /**
     * Renders a public view for a request that did not come through {@link SiteRoutes} (a form's
     * POST that shows its page again with messages): the route of {@code path}, the public security
     * headers, and no page cache, since the page is this visitor's own.
     */
    public static void forward(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            String path,
            SecurityHeaders headers)
            throws java.io.IOException, jakarta.servlet.ServletException {
        SiteRoutes.Match match = SiteRoutes.match(path);
        if (match == null) {
            throw new IllegalArgumentException("No route " + path);
        }
        request.setAttribute(ATTRIBUTE, match);
        headers.addTo(response);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(match.view()).forward(request, response);
        // Committed now: a 4xx still open when the request ends would get the container's error page.
        response.flushBuffer();
    }

    /** The visitor-facing path, such as "/artikelen/leren": the base of the canonical link. */
    public String getPath() {
        return match().path();
    }

    /** The Facelets view that renders this route, for a form servlet that shows its page again. */
    public String getView() {
        return match().view();
    }

    /** Whether the request came through a public route; a form servlet takes only those. */
    public boolean isMatched() {
        return request.getAttribute(ATTRIBUTE) instanceof SiteRoutes.Match;
    }

    /** The page's language, from its address: every message, date and reading time follows it. */
    public SiteLanguage getLanguage() {
        return match().language();
    }

    /** The page's locale, for the public template's f:view. */
    public java.util.Locale getLocale() {
        return getLanguage().getLocale();
    }

    /** The kind of page this route shows. */
    public SitePage getPage() {
        return match().page();
    }

    /** The path parameters, for the language switch that builds the same page in the other language. */
    Map<String, String> params() {
        return match().params();
    }

    public String param(String name) {
        return match().params().get(name);
    }

    /** A page-number parameter, 1 when absent. */
    public int page() {
        String page = param("page");
        return page == null ? 1 : Integer.parseInt(page);
    }

    private SiteRoutes.Match match() {
        Object match = request.getAttribute(ATTRIBUTE);
        if (match instanceof SiteRoutes.Match m) {
            return m;
        }
        // An error page or a page outside the table: the home of the language the visitor asked in.
        SiteLanguage language = SiteLanguage.of(request);
        return new SiteRoutes.Match(SitePage.HOME.path(language, Map.of()), Map.of(), SitePage.HOME, language);
    }
}
