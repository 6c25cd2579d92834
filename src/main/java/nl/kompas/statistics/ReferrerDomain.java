package nl.kompas.statistics;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other site a visitor came from, as its domain only: the path and query of a referring page
 * can name a person or a search, so they are never kept.
 */
final class ReferrerDomain {

    /** The longest domain name DNS allows. */
    static final int MAX_LENGTH = 253;

    private static final Set<String> SCHEMES = Set.of("http", "https", "android-app");
    private static final Pattern NAME =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*");

    private ReferrerDomain() {}

    /**
     * The domain of a Referer header that names another site: "https://www.linkedin.com/feed/x"
     * gives "linkedin.com" ("www." is dropped, so both spellings of a site count as one). None for
     * a page of this site, a missing or malformed header, or one without a host name.
     *
     * @param ownDomains this site's domains, as {@link #normal} gives them
     */
    static Optional<String> external(String referer, Set<String> ownDomains) {
        if (referer == null || referer.isEmpty() || referer.length() > 2048) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer.strip());
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String domain = normal(uri.getHost());
            if (domain == null || ownDomains.contains(domain)) {
                return Optional.empty();
            }
            return Optional.of(domain);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    /** A host name in lower case without "www." or a final dot, or null when it is no host name. */
    static String normal(String host) {
        if (host == null) {
            return null;
        }
        String domain = host.toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (domain.startsWith("www.")) {
            domain = domain.substring(4);
        }
        return domain.length() <= MAX_LENGTH && NAME.matcher(domain).matches() ? domain : null;
    }
}
