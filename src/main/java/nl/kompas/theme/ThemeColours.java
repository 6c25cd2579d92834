package nl.kompas.theme;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The colours a theme gives the share images the site draws (see nl.kompas.sharing): a
 * background, the text on it, and an accent for the rules. Written in theme.yaml under
 * {@code colours}; a theme without them gets {@link #NEUTRAL}.
 */
public record ThemeColours(String background, String text, String accent) {

    /** Dark ink with white text and a terracotta accent, for a theme that names no colours. */
    public static final ThemeColours NEUTRAL = new ThemeColours("#1d2b33", "#ffffff", "#c8553d");

    /** What WCAG asks of normal text: the title on the image must be readable in a small preview. */
    static final double MINIMUM_TEXT_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /**
     * Reads the {@code colours} map of a manifest, or {@link #NEUTRAL} when there is none.
     *
     * @throws ThemeException naming the theme, the key and what is wrong
     */
    static ThemeColours parse(String themeId, Object colours) {
        if (colours == null) {
            return NEUTRAL;
        }
        if (!(colours instanceof Map<?, ?> fields)) {
            throw new ThemeException(themeId, "theme.yaml: 'colours' must hold background, text and accent");
        }
        ThemeColours parsed = new ThemeColours(
                colour(themeId, fields, "background"),
                colour(themeId, fields, "text"),
                colour(themeId, fields, "accent"));
        double contrast = contrast(parsed.background(), parsed.text());
        if (contrast < MINIMUM_TEXT_CONTRAST) {
            throw new ThemeException(
                    themeId,
                    String.format(
                            Locale.ROOT,
                            "theme.yaml: colours.text %s on colours.background %s has a contrast of %.1f:1; share images"
                                    + " need at least %.1f:1 to be readable",
                            parsed.text(),
                            parsed.background(),
                            contrast,
                            MINIMUM_TEXT_CONTRAST));
        }
        return parsed;
    }

    private static String colour(String themeId, Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        if (!(value instanceof String text) || !HEX.matcher(text.strip()).matches()) {
            // YAML reads an unquoted "#1f4e5f" as a comment, so the value arrives empty.
            throw new ThemeException(
                    themeId,
                    "theme.yaml: colours." + key + " must be a colour such as \"#1f4e5f\", in quotes"
                            + " (without them YAML reads # as the start of a comment)");
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    public Color backgroundColor() {
        return Color.decode(background);
    }

    public Color textColor() {
        return Color.decode(text);
    }

    public Color accentColor() {
        return Color.decode(accent);
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    static double contrast(String first, String second) {
        double a = luminance(Color.decode(first));
        double b = luminance(Color.decode(second));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed())
                + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
