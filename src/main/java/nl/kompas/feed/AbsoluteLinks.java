package nl.kompas.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the links and image addresses of a stored article body absolute. On the site "/media/x.svg"
 * and "#aanpak" are fine; a feed reader shows the body away from the site, where they would point
 * nowhere.
 *
 * <p>Works on the HTML the content sanitizer wrote, and relies on what it guarantees: links and
 * images carry their address in a double-quoted {@code href} or {@code src}, and every other
 * double quote is written as an entity, so the pattern below finds exactly those attributes.
 */
public final class AbsoluteLinks {

    private static final Pattern ADDRESS = Pattern.compile("(\\s(?:href|src)=\")([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private AbsoluteLinks() {}

    /**
     * The body with every address made absolute: "/x" against the site's base URL, "#x" and other
     * relative addresses against the page the body belongs to.
     *
     * @param pageUrl the absolute URL of the body's own page, such as "https://site/artikelen/x"
     * @param baseUrl the site's base URL without a trailing slash
     */
    public static String in(String html, String pageUrl, String baseUrl) {
        Matcher address = ADDRESS.matcher(html);
        StringBuilder result = new StringBuilder(html.length() + 256);
        while (address.find()) {
            String absolute = absolute(address.group(2), pageUrl, baseUrl);
            address.appendReplacement(result, Matcher.quoteReplacement(address.group(1) + absolute + "\""));
        }
        address.appendTail(result);
        return result.toString();
    }

    private static String absolute(String value, String pageUrl, String baseUrl) {
        if (SCHEME.matcher(value).find()) {
            return value;
        }
        if (value.startsWith("//")) {
            return baseUrl.substring(0, baseUrl.indexOf(':') + 1) + value;
        }
        if (value.startsWith("/")) {
            return attribute(baseUrl) + value;
        }
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("?")) {
            return attribute(pageUrl) + value;
        }
        return attribute(pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1)) + value;
    }

    /** The site's own URLs come from configuration; written into an attribute, they must stay inside it. */
    private static String attribute(String url) {
        return url.replace("&", "&amp;").replace("\"", "&#34;");
    }
}
