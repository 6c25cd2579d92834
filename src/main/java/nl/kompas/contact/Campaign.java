package nl.kompas.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The utm_* parameters of the URL a visitor landed on, carried without cookies and without changing
 * the cached page: a browser sends the address of the page a form is on as the Referer of its post
 * (the site's Referrer-Policy keeps the full address for its own pages), so a form on the landing
 * page reports the landing URL's campaign. A form shown again after a problem carries the campaign
 * in hidden fields, which then come first. Each value is cut to 200 characters, without control
 * characters.
 */
public record Campaign(String source, String medium, String campaign, String term, String content) {

    public static final Campaign NONE = new Campaign(null, null, null, null, null);

    static final int MAX = 200;

    /**
     * The campaign of a form's post: its hidden utm_* fields when it has them (a form shown again),
     * else the query string of its Referer when that is a page of this site.
     */
    static Campaign of(jakarta.servlet.http.HttpServletRequest request) {
        Campaign fields = from(request::getParameter);
        if (!fields.isEmpty()) {
            return fields;
        }
        return fromReferer(request.getHeader("Referer"), request.getHeader("Host"));
    }

    /** The utm_* parameters of a Referer on this host (an address without them, or elsewhere, gives none). */
    static Campaign fromReferer(String referer, String host) {
        if (referer == null || host == null || referer.length() > 4000) {
            return NONE;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer.strip());
            String authority = uri.getRawAuthority();
            if (authority == null || !authority.equalsIgnoreCase(host) || uri.getRawQuery() == null) {
                return NONE;
            }
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.putIfAbsent(
                            java.net.URLDecoder.decode(
                                    pair.substring(0, equals), java.nio.charset.StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(
                                    pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return from(query::get);
        } catch (IllegalArgumentException notAnAddress) {
            return NONE;
        }
    }

    /** Reads utm_source … utm_content through a parameter lookup (a request, a form). */
    public static Campaign from(UnaryOperator<String> parameter) {
        return new Campaign(
                clean(parameter.apply("utm_source")),
                clean(parameter.apply("utm_medium")),
                clean(parameter.apply("utm_campaign")),
                clean(parameter.apply("utm_term")),
                clean(parameter.apply("utm_content")));
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String plain = value.replaceAll("\\p{Cntrl}", "").strip();
        if (plain.isEmpty()) {
            return null;
        }
        return plain.length() <= MAX ? plain : plain.substring(0, MAX);
    }

    public boolean isEmpty() {
        return source == null && medium == null && campaign == null && term == null && content == null;
    }

    /** The parameters by name, only those present, for hidden fields and links. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "utm_source", source);
        put(parameters, "utm_medium", medium);
        put(parameters, "utm_campaign", campaign);
        put(parameters, "utm_term", term);
        put(parameters, "utm_content", content);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
