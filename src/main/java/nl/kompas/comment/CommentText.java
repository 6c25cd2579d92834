package nl.kompas.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A comment's plain text as HTML: every character escaped, blank lines making paragraphs, single
 * line breaks kept, and web addresses made into links that search engines do not follow. The
 * result goes through the OWASP sanitizer as well, with a policy of exactly those elements, so a
 * mistake here can never let markup through.
 */
public final class CommentText {

    private static final Pattern ADDRESS = Pattern.compile("\\bhttps?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

    /** Punctuation that ends a sentence rather than an address: "zie https://x.nl." */
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]]+$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private CommentText() {}

    public static String toHtml(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder html = new StringBuilder();
        for (String paragraph : normalized.split("\n\\s*\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = paragraph.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(linked(lines[i]));
            }
            html.append("</p>");
        }
        return POLICY.sanitize(html.toString());
    }

    private static String linked(String line) {
        Matcher address = ADDRESS.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (address.find()) {
            String url = address.group();
            Matcher trailing = TRAILING.matcher(url);
            String tail = trailing.find() ? trailing.group() : "";
            url = url.substring(0, url.length() - tail.length());
            out.append(escape(line.substring(last, address.start())));
            out.append("<a href=\"")
                    .append(escape(url))
                    .append("\">")
                    .append(escape(url))
                    .append("</a>");
            out.append(escape(tail));
            last = address.end();
        }
        return out.append(escape(line.substring(last))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
