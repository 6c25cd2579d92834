package nl.kompas.content;

import java.util.regex.Pattern;

/**
 * An address on this site, such as "/media/leercyclus.svg". Images must have one: the site's
 * Content-Security-Policy (img-src 'self') makes browsers refuse images from other hosts, so a
 * visitor would see a broken image.
 */
public final class SitePath {

    /**
     * A slash, then no second slash or backslash (browsers read both "//" and "/\" as the start
     * of another host), and no spaces or control characters (browsers drop a tab or newline, so
     * "/&#9;/host" would be "//host" too).
     */
    private static final Pattern VALID = Pattern.compile("/(?![/\\\\])[^\\s\\p{Cntrl}\\\\]+");

    private SitePath() {}

    public static boolean isValid(String address) {
        return address != null && VALID.matcher(address).matches();
    }
}
