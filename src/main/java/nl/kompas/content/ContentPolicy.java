package nl.kompas.content;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered body passes before it is stored. Flexmark passes raw HTML
 * through untouched, so this is what keeps scripts, event handlers, javascript: and data: URLs,
 * iframes, styles and forms away from visitors, whether they came from Markdown or raw HTML.
 * Anything not named here is dropped.
 */
final class ContentPolicy {

    private static final Pattern EXTERNAL_URL = Pattern.compile("^(?i)(https?:)?//.*");
    private static final Pattern HEADING_ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,100}");

    /**
     * What the renderer puts before the heading ids it generates, so that ids written in raw HTML
     * can be told apart and dropped: those could repeat an id of the page itself, such as "main",
     * the skip link's target. Random at each start, so raw HTML cannot forge it; it is taken off
     * again here and never reaches a page.
     */
    private final String generatedIdMark = "generated-" + HexFormat.of().formatHex(randomBytes(12)) + "-";

    private final PolicyFactory policy = build(generatedIdMark);

    private static PolicyFactory build(String generatedIdMark) {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder();
        allowText(builder);
        allowHeadings(builder, generatedIdMark);
        allowLinks(builder);
        allowImages(builder);
        allowTables(builder);
        return builder.allowUrlProtocols("http", "https", "mailto", "tel").toFactory();
    }

    String sanitize(String html) {
        return policy.sanitize(html);
    }

    /** Marks a heading id as made by the renderer, so that {@link #sanitize} keeps it. */
    String markAsGenerated(String id) {
        return generatedIdMark + id;
    }

    static boolean isExternal(String url) {
        return EXTERNAL_URL.matcher(url.trim()).matches();
    }

    private static void allowText(HtmlPolicyBuilder builder) {
        builder.allowElements(
                        "p",
                        "br",
                        "hr",
                        "blockquote",
                        "pre",
                        "code",
                        "em",
                        "strong",
                        "del",
                        "sup",
                        "sub",
                        "span",
                        "abbr",
                        "ul",
                        "ol",
                        "li",
                        "dl",
                        "dt",
                        "dd")
                .allowAttributes("aria-hidden")
                .matching(Pattern.compile("true"))
                .onElements("span")
                .allowAttributes("title")
                .onElements("abbr")
                .allowAttributes("class")
                .matching(Pattern.compile("language-[\\w-]{1,30}"))
                .onElements("code")
                .allowAttributes("start")
                .matching(Pattern.compile("\\d{1,6}"))
                .onElements("ol");
    }

    /** Headings keep the ids the renderer generated for their anchors, and no other. */
    private static void allowHeadings(HtmlPolicyBuilder builder, String generatedIdMark) {
        builder.allowElements("h2", "h3", "h4", "h5", "h6")
                // An h1 in a body would compete with the page title, so it becomes an h2.
                .allowElements((name, attributes) -> "h2", "h1")
                .allowAttributes("id")
                .matching((element, attribute, value) -> {
                    String id = value.startsWith(generatedIdMark) ? value.substring(generatedIdMark.length()) : "";
                    return HEADING_ID.matcher(id).matches() ? id : null;
                })
                .onElements("h1", "h2", "h3", "h4", "h5", "h6");
    }

    private static void allowLinks(HtmlPolicyBuilder builder) {
        builder.allowElements(ContentPolicy::markOutgoingLink, "a")
                .allowAttributes("href", "title")
                .onElements("a")
                .allowAttributes("class")
                .matching(Pattern.compile("heading-anchor"))
                .onElements("a")
                .allowAttributes("aria-label")
                .matching(Pattern.compile(Pattern.quote(MarkdownRenderer.HEADING_ANCHOR_LABEL)))
                .onElements("a");
    }

    /** Only images of this site: the Content-Security-Policy would block any other. */
    private static void allowImages(HtmlPolicyBuilder builder) {
        builder.allowElements("figure", "figcaption")
                // Runs after the attribute policies: an image whose src was refused is dropped whole.
                .allowElements((name, attributes) -> has(attributes, "src") ? name : null, "img")
                .allowAttributes("src")
                .matching(SitePath::isValid)
                .onElements("img")
                .allowAttributes("alt", "title")
                .onElements("img")
                .allowAttributes("loading")
                .matching(Pattern.compile("lazy"))
                .onElements("img");
    }

    private static void allowTables(HtmlPolicyBuilder builder) {
        builder.allowElements("table", "thead", "tbody", "tr", "th", "td")
                .allowAttributes("class")
                .matching(Pattern.compile("table"))
                .onElements("table")
                .allowAttributes("align")
                .matching(Pattern.compile("left|right|center"))
                .onElements("th", "td");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Whether an attribute list of alternating names and values has the named attribute. */
    private static boolean has(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (name.equals(attributes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a link to another site rel="noopener", whether it came from Markdown or raw HTML; any
     * rel the author wrote is dropped. Runs after the attribute policies, on what survived them.
     */
    private static String markOutgoingLink(String element, List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if ("href".equals(attributes.get(i)) && isExternal(attributes.get(i + 1))) {
                attributes.add("rel");
                attributes.add("noopener");
                break;
            }
        }
        return element;
    }
}
