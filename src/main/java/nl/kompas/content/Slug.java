package nl.kompas.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII words joined by hyphens, such as "samenwerken-in-netwerken". */
public final class Slug {

    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘]");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    /** Letters that no Unicode decomposition turns into ASCII, spelled the way they are said. */
    private static final Map<String, String> SPELLED_OUT = Map.ofEntries(
            Map.entry("œ", "oe"),
            Map.entry("æ", "ae"),
            Map.entry("ø", "o"),
            Map.entry("ß", "ss"),
            Map.entry("ł", "l"),
            Map.entry("đ", "d"),
            Map.entry("þ", "th"));

    private Slug() {}

    /** Makes a slug from a title: "Één café &amp; 3 ideeën" becomes "een-cafe-en-3-ideeen". */
    public static String from(String text) {
        // NFKD also unfolds compatibility letters such as the Dutch ĳ and the ligature ﬁ.
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : SPELLED_OUT.entrySet()) {
            lower = lower.replace(letter.getKey(), letter.getValue());
        }
        String ascii = DIACRITICS.matcher(lower).replaceAll("");
        ascii = APOSTROPHES.matcher(ascii.replace("&", " en ")).replaceAll("");
        String slug = trimHyphens(NON_ALPHANUMERIC.matcher(ascii).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
