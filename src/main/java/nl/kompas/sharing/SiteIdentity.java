package nl.kompas.sharing;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePage;

/**
 * The firm as structured data names it: publisher of its articles, employer of its consultants.
 *
 * @param name the firm's name
 * @param description its tagline, or ""
 * @param baseUrl the site's public address without a trailing slash
 * @param logoUrl the absolute address of its logo
 * @param email the general contact address
 * @param telephone the general phone number, or ""
 * @param sameAs the firm's profiles elsewhere (LinkedIn company page and the like)
 * @param language the pages' language as a BCP 47 tag, such as "nl-NL"
 * @param zone the zone the firm works in, for the times of changes
 */
record SiteIdentity(
        String name,
        String description,
        String baseUrl,
        String logoUrl,
        String email,
        String telephone,
        List<String> sameAs,
        String language,
        ZoneId zone) {

    SiteIdentity {
        sameAs = List.copyOf(sameAs);
    }

    /** The absolute URL of a site path such as "/artikelen/x". */
    String absolute(String path) {
        return baseUrl + path;
    }

    /** The home page in the pages' language. */
    String home() {
        return absolute(SitePage.HOME.path(pageLanguage(), Map.of()));
    }

    /** A consultant's profile in the pages' language. */
    String profile(String slug) {
        return absolute(SitePage.CONSULTANT.path(pageLanguage(), Map.of("slug", slug)));
    }

    private SiteLanguage pageLanguage() {
        return SiteLanguage.ofStored(language.substring(0, 2));
    }
}
