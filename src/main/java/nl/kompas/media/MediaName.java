package nl.kompas.media;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kompas.content.Slug;

/**
 * The public file name of a library image or of one of its scaled copies: {@code
 * team-overleg-3f9a1c2b4d5e6f70.jpg} for the image as uploaded, {@code
 * team-overleg-3f9a1c2b4d5e6f70-960w.jpg} for its copy 960 pixels wide. The hash is the first 16
 * hex digits of the upload's SHA-256, so the name changes whenever the bytes do and a name may be
 * cached for ever. The same name is the file's name in a content folder's media/ directory, so an
 * export and an import keep every URL.
 *
 * @param base the readable part, a slug
 * @param hash 16 hex digits of the upload's SHA-256
 * @param width the width of a scaled copy, or null for the image as uploaded
 * @param extension jpg, png or webp
 */
public record MediaName(String base, String hash, Integer width, String extension) {

    public static final String URL_PREFIX = "/media/";
    public static final int HASH_LENGTH = 16;

    /** Room for the hash, a width and an extension within the 80 characters of a slug. */
    static final int MAX_BASE_LENGTH = 50;

    static final String FALLBACK_BASE = "afbeelding";

    private static final Pattern NAME = Pattern.compile(
            "([a-z0-9]+(?:-[a-z0-9]+)*)-([0-9a-f]{" + HASH_LENGTH + "})(?:-([1-9][0-9]{1,4})w)?\\.(jpg|png|webp)");

    /** A hash that an earlier export put at the end of a name: dropped, the bytes give the hash. */
    private static final Pattern TRAILING_HASH = Pattern.compile("-[0-9a-f]{" + HASH_LENGTH + "}$");

    /** The name of the image as uploaded. */
    public static MediaName original(String base, String sha256, ImageType type) {
        return new MediaName(base, sha256.substring(0, HASH_LENGTH), null, type.extension());
    }

    /** The name of a scaled copy, which may be of another type than the original (WebP is read, not written). */
    public MediaName scaled(int scaledWidth, ImageType type) {
        return new MediaName(base, hash, scaledWidth, type.extension());
    }

    /** The name as a file in /media/ or in a content folder's media/ directory. */
    public String fileName() {
        return base + "-" + hash + (width == null ? "" : "-" + width + "w") + "." + extension;
    }

    /** The site path: "/media/" and the file name. */
    public String url() {
        return URL_PREFIX + fileName();
    }

    /** A public file name in this form, or empty: "leercyclus.svg" of the content folder is not one. */
    public static Optional<MediaName> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName == null ? "" : fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Integer width = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        return Optional.of(new MediaName(matcher.group(1), matcher.group(2), width, matcher.group(4)));
    }

    /**
     * The library name in a site path or an absolute URL of this site ("/media/x-….jpg",
     * "https://www.example.nl/media/x-….jpg?v=1"), or empty.
     */
    public static Optional<MediaName> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        int start = url.indexOf(URL_PREFIX);
        if (start < 0) {
            return Optional.empty();
        }
        String rest = url.substring(start + URL_PREFIX.length());
        int end = indexOfAny(rest, "?#");
        return parse(end < 0 ? rest : rest.substring(0, end));
    }

    /**
     * The readable part of a name for an uploaded or imported file: its name without the
     * extension as a slug, without a hash an earlier export added, at most {@value
     * #MAX_BASE_LENGTH} characters; "afbeelding" when nothing readable is left.
     */
    public static String baseFrom(String fileName) {
        String name = fileName == null ? "" : fileName;
        // Browsers on Windows used to send the whole path.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String slug = TRAILING_HASH.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("");
        slug = Slug.from(slug);
        if (slug.length() > MAX_BASE_LENGTH) {
            slug = Slug.from(slug.substring(0, MAX_BASE_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK_BASE : slug;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
