package nl.kompas.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Two revisions side by side as one readable line diff, in HTML: removed lines marked {@code <del>},
 * added lines {@code <ins>}, each with its line numbers, and long unchanged stretches folded to a
 * few lines of context. Every line of text is escaped: revisions hold what editors typed.
 */
public final class RevisionDiff {

    /** Unchanged lines kept on each side of a change. */
    static final int CONTEXT = 3;

    private enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    private record Line(Kind kind, int oldNumber, int newNumber, String text) {}

    private RevisionDiff() {}

    /**
     * @param older the text of the earlier revision
     * @param newer the text of the later one
     * @param foldedLabel the words for a folded stretch of this many unchanged lines
     */
    public static String html(String older, String newer, IntFunction<String> foldedLabel) {
        List<Line> lines = compare(lines(older), lines(newer));
        StringBuilder html = new StringBuilder("<table class=\"diff\"><tbody>");
        int index = 0;
        while (index < lines.size()) {
            int sameEnd = index;
            while (sameEnd < lines.size() && lines.get(sameEnd).kind() == Kind.SAME) {
                sameEnd++;
            }
            int keepBefore = index == 0 ? 0 : CONTEXT;
            int keepAfter = sameEnd == lines.size() ? 0 : CONTEXT;
            int folded = (sameEnd - index) - keepBefore - keepAfter;
            if (folded > 1) {
                rows(html, lines.subList(index, index + keepBefore));
                html.append("<tr class=\"diff-folded\"><td colspan=\"4\">")
                        .append(escape(foldedLabel.apply(folded)))
                        .append("</td></tr>");
                rows(html, lines.subList(sameEnd - keepAfter, sameEnd));
            } else {
                rows(html, lines.subList(index, sameEnd));
            }
            int changeEnd = sameEnd;
            while (changeEnd < lines.size() && lines.get(changeEnd).kind() != Kind.SAME) {
                changeEnd++;
            }
            rows(html, lines.subList(sameEnd, changeEnd));
            index = changeEnd;
        }
        return html.append("</tbody></table>").toString();
    }

    /** Whether two texts have the same lines. */
    public static boolean same(String older, String newer) {
        return lines(older).equals(lines(newer));
    }

    private static List<Line> compare(List<String> older, List<String> newer) {
        List<Line> lines = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            int changeStart = delta.getSource().getPosition();
            while (oldIndex < changeStart) {
                lines.add(new Line(Kind.SAME, oldIndex + 1, newIndex + 1, older.get(oldIndex)));
                oldIndex++;
                newIndex++;
            }
            for (String removed : delta.getSource().getLines()) {
                lines.add(new Line(Kind.REMOVED, ++oldIndex, 0, removed));
            }
            for (String added : delta.getTarget().getLines()) {
                lines.add(new Line(Kind.ADDED, 0, ++newIndex, added));
            }
        }
        while (oldIndex < older.size()) {
            lines.add(new Line(Kind.SAME, oldIndex + 1, newIndex + 1, older.get(oldIndex)));
            oldIndex++;
            newIndex++;
        }
        return lines;
    }

    private static void rows(StringBuilder html, List<Line> lines) {
        for (Line line : lines) {
            String text = escape(line.text());
            switch (line.kind()) {
                case SAME -> row(html, "diff-same", line, " ", text);
                case REMOVED -> row(html, "diff-removed", line, "−", "<del>" + text + "</del>");
                case ADDED -> row(html, "diff-added", line, "+", "<ins>" + text + "</ins>");
            }
        }
    }

    private static void row(StringBuilder html, String kind, Line line, String mark, String text) {
        html.append("<tr class=\"")
                .append(kind)
                .append("\"><td class=\"diff-number\">")
                .append(line.oldNumber() == 0 ? "" : line.oldNumber())
                .append("</td><td class=\"diff-number\">")
                .append(line.newNumber() == 0 ? "" : line.newNumber())
                .append("</td><td class=\"diff-mark\" aria-hidden=\"true\">")
                .append(mark)
                .append("</td><td class=\"diff-text\">")
                .append(text)
                .append("</td></tr>");
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normalized = text.replace("\r\n", "\n");
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return Arrays.asList(normalized.split("\n", -1));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
