package nl.kompas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kompas.platform.cache.CacheablePage;

/**
 * Every public URL of the site, in one table, and the Facelets view that renders it.
 *
 * <p>URLs are readable, Dutch at the root ({@code /artikelen/tag/leiderschap/pagina/2}) and English
 * under /en ({@code /en/articles/tag/leiderschap/page/2}); the table is {@link SitePage}. Views are never
 * reachable by their own .xhtml path. A matched request is forwarded to its view with the path
 * parameters in a {@link Route}. Anything else (theme assets, media) passes through.
 */
// Mapped in web.xml, after the page cache.
@WebFilter(filterName = "SiteRoutes")
public class SiteRoutes extends HttpFilter {

    @Inject
    SecurityHeaders securityHeaders;

    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final String PAGE = "[1-9][0-9]{0,5}";
    private static final String YEAR = "(?:19|20|21)[0-9]{2}";

    private static final List<Definition> ROUTES = new ArrayList<>();

    static {
        for (SitePage page : SitePage.values()) {
            for (SiteLanguage language : SiteLanguage.values()) {
                route(page, language);
            }
        }
    }

    /**
     * Pages with a plain HTML form that posts back to the page's own address, and the servlet that
     * takes the post. The servlet answers with a redirect (post, redirect, get) or, when a field is
     * wrong, renders the same view again with the messages and what was typed, never cached.
     */
    private static final Map<String, String> POST_TARGETS = Map.of(
            "/views/newsletter.xhtml", "/forms/newsletter/signup",
            "/views/newsletter-confirm.xhtml", "/forms/newsletter/confirm",
            "/views/newsletter-unsubscribe.xhtml", "/forms/newsletter/unsubscribe",
            "/views/article.xhtml", "/forms/comment");

    /**
     * Views whose page depends on the query string (/zoeken?q=…). The page cache's key is the path
     * alone, so these are never marked cacheable.
     */
    private static final Set<String> QUERY_VIEWS =
            Set.of("/views/search.xhtml", "/views/newsletter-confirm.xhtml", "/views/newsletter-unsubscribe.xhtml");

    /**
     * A matched route: the visitor's path, the values of its parameters, the kind of page and its
     * language.
     */
    public record Match(String path, Map<String, String> params, SitePage page, SiteLanguage language) {

        /** The Facelets view that renders this route. */
        public String view() {
            return page.view();
        }
    }

    private static final String ADMIN = "/admin";
    private static final String ADMIN_HOME = "/admin/index.xhtml";

    /**
     * The admin's Faces pages, and the Faces resources (PrimeFaces' script and CSS) that only admin
     * pages load. They are reached by their own paths and are never public pages: no cache, no route.
     */
    static boolean isAdmin(String path) {
        return path.equals(ADMIN) || path.startsWith(ADMIN + "/") || path.startsWith("/jakarta.faces.resource/");
    }

    private record Definition(Pattern pattern, List<String> names, SitePage page, SiteLanguage language) {}

    private static void route(SitePage page, SiteLanguage language) {
        String template = page.template(language);
        List<String> names = new ArrayList<>();
        Matcher parameter = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            names.add(parameter.group(1));
            regex.append('(')
                    .append(
                            switch (parameter.group(1)) {
                                case "page" -> PAGE;
                                case "year" -> YEAR;
                                default -> SLUG;
                            })
                    .append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        ROUTES.add(new Definition(Pattern.compile(regex.toString()), names, page, language));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isAdmin(path)) {
            if (path.equals(ADMIN) || path.equals(ADMIN + "/")) {
                response.sendRedirect(request.getContextPath() + ADMIN_HOME);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (path.endsWith(".xhtml") || path.startsWith("/views/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String canonicalPath = canonical(path);
        if (!canonicalPath.equals(path)) {
            redirectPermanently(request, response, canonicalPath);
            return;
        }
        Match match = match(path);
        if (match == null) {
            chain.doFilter(request, response);
            return;
        }
        if ("1".equals(match.params().get("page"))) {
            // Page 1 of a list is the list itself: "/artikelen/pagina/1" redirects to "/artikelen".
            Map<String, String> params = new LinkedHashMap<>(match.params());
            params.remove("page");
            redirectPermanently(request, response, firstPage(match.page()).path(match.language(), params));
            return;
        }
        String postTarget = POST_TARGETS.get(match.view());
        if ("POST".equals(request.getMethod()) && postTarget != null) {
            request.setAttribute(Route.ATTRIBUTE, match);
            securityHeaders.addTo(response);
            request.getRequestDispatcher(postTarget).forward(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", postTarget == null ? "GET, HEAD" : "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.setAttribute(Route.ATTRIBUTE, match);
        // Every other public page is the same for every visitor; one that ever needs to differ must not mark itself.
        if (!QUERY_VIEWS.contains(match.view())) {
            CacheablePage.mark(request);
        }
        securityHeaders.addTo(response);
        request.getRequestDispatcher(match.view()).forward(request, response);
    }

    /**
     * The one spelling of a path: no repeated slashes and no trailing slash. Repeated slashes are
     * collapsed before anything else, so that "//other.example/" can never become a redirect to
     * another host.
     */
    static String canonical(String path) {
        String collapsed = path.replaceAll("/{2,}", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    /** Whether a path is one of the public pages in the table above (a feed or an asset is not). */
    public static boolean isPage(String path) {
        return match(path) != null;
    }

    /** The route a path matches, with its parameters, or null. */
    public static Match match(String path) {
        for (Definition route : ROUTES) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    params.put(route.names().get(i), matcher.group(i + 1));
                }
                return new Match(path, Map.copyOf(params), route.page(), route.language());
            }
        }
        return null;
    }

    private static SitePage firstPage(SitePage page) {
        return switch (page) {
            case ARTICLES_PAGE -> SitePage.ARTICLES;
            case CATEGORY_PAGE -> SitePage.CATEGORY;
            case TAG_PAGE -> SitePage.TAG;
            case ARCHIVE_PAGE -> SitePage.ARCHIVE;
            default -> page;
        };
    }

    private static void redirectPermanently(HttpServletRequest request, HttpServletResponse response, String path) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path + (query == null ? "" : "?" + query));
    }
}
