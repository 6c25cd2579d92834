package nl.kompas.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.kompas.account.AdminAuthentication;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteRoutes;

/**
 * Counts a view of a public page once it has been answered. Mapped in web.xml before the page
 * cache, so pages served from the cache are counted too.
 *
 * <p>Counted: a GET of a routed public page answered 200, or 304 (a browser that shows its copy
 * again after asking), from a browser. Not counted: feeds, assets, the admin, errors and
 * redirects; {@link KnownBots bots}; and anyone logged in to the admin, recognised by their admin
 * session (see {@link AdminAuthentication#isFromLoggedInPerson}), so editors reading their own
 * pages do not inflate them. Nothing is stored about the visitor: no cookie is set and no address
 * kept, only the page, the day and the domain of another site that linked here.
 */
public class PageViewCounter extends HttpFilter {

    @Inject
    ViewCounts counts;

    @Inject
    KnownBots bots;

    @Inject
    SiteConfig site;

    private String configuredDomain;

    @Override
    public void init() {
        configuredDomain = ReferrerDomain.normal(URI.create(site.getBaseUrl()).getHost());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        int status = response.getStatus();
        if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!SiteRoutes.isPage(path)
                || bots.isBot(request.getHeader("User-Agent"))
                || AdminAuthentication.isFromLoggedInPerson(request)) {
            return;
        }
        String referer = request.getHeader("Referer");
        String referrerDomain = referer == null
                ? null
                : ReferrerDomain.external(referer, ownDomains(request)).orElse(null);
        counts.record(LocalDate.now(site.getTimeZone()), path, referrerDomain);
    }

    /** This site's names: the one it is configured with, and the one this request used. */
    private Set<String> ownDomains(HttpServletRequest request) {
        Set<String> own = new HashSet<>(4);
        own.add(configuredDomain);
        own.add(ReferrerDomain.normal(request.getServerName()));
        return own;
    }
}
