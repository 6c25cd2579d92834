package nl.kompas.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes the passages the highlighter chose as HTML: the text escaped, each matched word in
 * {@code <mark>}, and nothing else, so a page may show it as it is. A passage longer than the
 * limit is cut to a window around its first match, at word boundaries, and "…" marks where text
 * was left out.
 */
final class SnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    private final int maxPassageLength;

    SnippetFormatter(int maxPassageLength) {
        this.maxPassageLength = maxPassageLength;
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int previousEnd = 0;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            if (end - start > maxPassageLength) {
                int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
                start = afterSpace(content, Math.max(start, firstMatch - maxPassageLength / 3), start);
                end = beforeSpace(content, Math.min(end, start + maxPassageLength), firstMatch);
            }
            start = skipSpaces(content, start, end);
            if (start > previousEnd) {
                html.append(html.length() == 0 ? ELLIPSIS + " " : " " + ELLIPSIS + " ");
            } else if (html.length() > 0) {
                html.append(' ');
            }
            appendMarked(html, content, passage, start, end);
            previousEnd = end;
        }
        if (html.length() > 0 && previousEnd < content.strip().length()) {
            html.append(' ').append(ELLIPSIS);
        }
        return html.toString();
    }

    private static void appendMarked(StringBuilder html, String content, Passage passage, int start, int end) {
        int at = start;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = passage.getMatchStarts()[i];
            int matchEnd = Math.min(passage.getMatchEnds()[i], end);
            if (matchStart < at || matchStart >= end) {
                continue; // overlaps the previous match, or lies outside the window
            }
            escape(html, content, at, matchStart);
            html.append("<mark>");
            escape(html, content, matchStart, matchEnd);
            html.append("</mark>");
            at = matchEnd;
        }
        escape(html, content, at, end);
    }

    /** The first word start at or after {@code from}, or {@code from} itself at the passage start. */
    private static int afterSpace(String content, int from, int passageStart) {
        if (from <= passageStart) {
            return passageStart;
        }
        int space = content.indexOf(' ', from - 1);
        return space < 0 ? from : space + 1;
    }

    /** The last word end at or before {@code to}, but never before the first match's end. */
    private static int beforeSpace(String content, int to, int firstMatch) {
        if (to >= content.length()) {
            return content.length();
        }
        int space = content.lastIndexOf(' ', to);
        return space > firstMatch ? space : to;
    }

    private static int skipSpaces(String content, int start, int end) {
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        return start;
    }

    static void escape(StringBuilder html, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
