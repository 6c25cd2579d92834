package nl.kompas.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kompas.platform.web.SiteLanguage;

/**
 * One Markdown file of the content folder: YAML front matter between two "---" lines, then the
 * Markdown body.
 *
 * @param path the path inside the content folder, such as "articles/leren.md"
 * @param frontMatter the parsed front matter
 * @param body the Markdown after the front matter
 */
public record ContentFile(String path, FrontMatter frontMatter, String body) {

    private static final Logger LOG = Logger.getLogger(ContentFile.class.getName());

    private static final Pattern FENCE =
            Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R(.*?\\R)?---[ \\t]*(\\R|\\z)", Pattern.DOTALL);

    /** Splits and parses the text of one file; throws with the line to blame when it cannot. */
    public static ContentFile parse(String path, String text) {
        Matcher fence = FENCE.matcher(text);
        if (!fence.find()) {
            throw new ContentFileException(
                    path,
                    1,
                    "the file must start with front matter: a line \"---\", the fields, and a closing \"---\"");
        }
        String yaml = fence.group(1) == null ? "" : fence.group(1);
        return new ContentFile(path, FrontMatter.parse(path, yaml, 2), text.substring(fence.end()));
    }

    /** The slug from the front matter, or else the file name without ".md". */
    public String slug() {
        String fileName = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.md$", "");
        return frontMatter.slug("slug", fileName);
    }

    /**
     * The slug of this file for a new item, refused when another item of its kind has it already.
     *
     * @param kind what the items are called in the message, such as "article"
     * @param taken whether an item of the kind already has a slug
     */
    public String unusedSlug(String kind, Predicate<String> taken) {
        String slug = slug();
        if (taken.test(slug)) {
            throw error("slug", "another " + kind + " already has the slug '" + slug + "'");
        }
        return slug;
    }

    /**
     * Logs a warning for every front-matter key that is not one of the known keys. The file still
     * loads, but a misspelt key such as "auhtors" would otherwise be ignored without a word.
     */
    public void warnAboutUnknownKeys(List<String> knownKeys) {
        frontMatter
                .unknownKeys(knownKeys)
                .forEach((key, line) -> LOG.warning(() -> path + ":" + line
                        + ": unknown key '" + key + "' is ignored; the keys of this kind of file are: "
                        + String.join(", ", knownKeys)));
    }

    public ContentFileException error(String key, String reason) {
        return new ContentFileException(path, frontMatter.lineOf(key), reason);
    }

    /**
     * The optional {@code image} (a path on this site) with its required {@code image_alt}, as
     * articles and cases have them: {@code {image, alt}}, or {@code {null, null}} without an image.
     */
    public String[] image() {
        String image = frontMatter.has("image") ? frontMatter.sitePath("image").orElseThrow() : null;
        String alt = image == null
                ? null
                : frontMatter
                        .text("image_alt")
                        .orElseThrow(() ->
                                error("image", "an image needs 'image_alt': what it shows, for who cannot see it"));
        return new String[] {image, alt};
    }

    /**
     * The summary the file names, or null when there is none or it is only the body's first
     * paragraph, which stands in for a missing summary (an export writes it out): read back into
     * an editor, such a summary goes on following the text.
     */
    public String ownSummary() {
        String summary = frontMatter.text("summary").orElse(null);
        String excerpt = MarkdownRenderer.instance().render(body).getExcerpt();
        return summary == null || summary.equals(excerpt) ? null : summary;
    }

    /** The item's language: "language: en" for English, Dutch without the key. */
    public SiteLanguage language() {
        Optional<String> tag = frontMatter.text("language");
        if (tag.isEmpty()) {
            return SiteLanguage.NL;
        }
        return SiteLanguage.ofTag(tag.get().strip())
                .orElseThrow(() -> error(
                        "language", "unknown language '" + tag.get() + "': the site has 'nl' (the default) and 'en'"));
    }

    /** The slug of the item of the same kind in the other language that this one translates, if named. */
    public Optional<String> translation() {
        return frontMatter.text("translation").map(String::strip);
    }
}
