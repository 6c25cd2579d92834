package nl.kompas.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.kompas.theme.ThemeColours;

/**
 * What a generated share image shows: a small label above (an article's type, a case's client;
 * may be empty), the title, and a footer (the site's name), in the active theme's colours.
 *
 * @param kicker the label above the title, or ""
 * @param title the large text
 * @param footer the line at the bottom
 * @param colours the theme's share-image colours
 */
record ShareCard(String kicker, String title, String footer, ThemeColours colours) {

    /**
     * The version of the drawing. Raise it when {@link ShareImageRenderer} draws differently, so
     * every image gets a new address and no one keeps the old picture for a year.
     */
    static final int DRAWING_VERSION = 1;

    ShareCard {
        kicker = kicker == null ? "" : kicker.strip();
        title = title == null ? "" : title.strip();
        footer = footer == null ? "" : footer.strip();
    }

    /**
     * Twelve hex digits of the SHA-256 of everything drawn: the image's address changes exactly
     * when its picture does, so each address can be cached for a year.
     */
    String hash() {
        String drawn = String.join(
                "\n",
                String.valueOf(DRAWING_VERSION),
                colours.background(),
                colours.text(),
                colours.accent(),
                kicker,
                title,
                footer);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(drawn.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
