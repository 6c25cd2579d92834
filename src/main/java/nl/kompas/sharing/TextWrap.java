package nl.kompas.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Breaks a title into lines that fit a width, for the share images. Words stay whole where they
 * fit; a word wider than a line is cut between characters. Text that needs more lines than
 * allowed ends its last line with an ellipsis, cut at a word where one fits.
 */
final class TextWrap {

    static final String ELLIPSIS = "…";

    private TextWrap() {}

    /**
     * The lines of {@code text}, each at most {@code maxWidth} wide as measured by {@code width},
     * at most {@code maxLines} of them. Runs of white space count as one space.
     */
    static List<String> lines(String text, int maxWidth, int maxLines, ToIntFunction<String> width) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("At least one line");
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width.applyAsInt(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsInt(rest) > maxWidth) {
                int cut = longestFittingPrefix(rest, maxWidth, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return List.copyOf(lines);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
        kept.add(ellipsized(lines.get(maxLines - 1), maxWidth, width));
        return List.copyOf(kept);
    }

    /** A line with an ellipsis after it: whole words when at least one fits, else cut characters. */
    private static String ellipsized(String line, int maxWidth, ToIntFunction<String> width) {
        String shortened = line;
        while (!shortened.isEmpty() && width.applyAsInt(shortened + ELLIPSIS) > maxWidth) {
            int space = shortened.lastIndexOf(' ');
            shortened = space > 0
                    ? shortened.substring(0, space)
                    : shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return stripTrailingPunctuation(shortened) + ELLIPSIS;
    }

    /** "vier tips:" + "…" reads badly; "vier tips…" does not. */
    private static String stripTrailingPunctuation(String line) {
        int end = line.length();
        while (end > 0 && ",;:-–—".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end).stripTrailing();
    }

    /** At least one character (a line must move on), never half of a surrogate pair. */
    private static int longestFittingPrefix(String word, int maxWidth, ToIntFunction<String> width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width.applyAsInt(word.substring(0, next)) > maxWidth) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
