package nl.kompas.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kompas.platform.web.SiteLanguage;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes an item back as the text of its content file: YAML front matter between two "---" lines,
 * then the Markdown. What {@link ContentFile#parse} reads, this writes, so an export can be loaded
 * as a content folder and a revision reads like the file an editor would have written.
 *
 * <p>SnakeYAML does the quoting and escaping: a title with a colon, a quote or a line break must
 * come back exactly as it went in. Keys keep the order they are put in, so files diff well, and
 * empty values are left out, as a person writing the file would leave them out.
 */
public final class ContentFileWriter {

    private static final Yaml YAML = yaml();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** A text, a number, a flag, a date, a list of texts, or a list of maps of texts; null or empty is left out. */
    public ContentFileWriter put(String key, Object value) {
        if (value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty()) {
            return this;
        }
        fields.put(key, value);
        return this;
    }

    /** Writes a flag only when it is set: "featured: true", never "featured: false". */
    public ContentFileWriter flag(String key, boolean set) {
        return set ? put(key, Boolean.TRUE) : this;
    }

    public ContentFileWriter status(PublicationStatus status) {
        return put("status", status.frontMatterName());
    }

    /** The status, and for a scheduled item the moment it publishes itself, as "publish_at" in UTC. */
    public ContentFileWriter status(PublicationStatus status, Instant publishAt) {
        status(status);
        return status == PublicationStatus.SCHEDULED ? put("publish_at", publishAt) : this;
    }

    /**
     * The item's language and its translation's slug; a Dutch item without one writes neither, as
     * every file did before there were two languages.
     */
    public ContentFileWriter language(SiteLanguage language, String translationSlug) {
        return put("language", language == SiteLanguage.NL ? null : language.getTag())
                .put("translation", translationSlug);
    }

    /** The whole file: the front matter, then the Markdown source as it was written. */
    public String write(String markdown) {
        String body = markdown == null ? "" : markdown;
        return "---\n" + YAML.dump(fields) + "---\n" + body + (body.isEmpty() || body.endsWith("\n") ? "" : "\n");
    }

    /** For lists of maps such as a case's quotes: keys in the order given. */
    public static Map<String, String> entry(String... keysAndValues) {
        Map<String, String> entry = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entry.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return entry;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        // A long summary stays on one line: folded lines would make every revision diff noisy.
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(new DatesAsWritten(options), options);
    }

    /** Dates and moments as a person writes them, 2025-03-25 and 2026-12-01T09:00:00Z, without quotes. */
    private static final class DatesAsWritten extends Representer {
        DatesAsWritten(DumperOptions options) {
            super(options);
            Represent date = data -> representScalar(Tag.TIMESTAMP, data.toString());
            representers.put(LocalDate.class, date);
            representers.put(Instant.class, date);
        }
    }

    /** The names of a list of things, for "categories: [...]" and the like. */
    public static <T> List<String> names(Collection<T> items, java.util.function.Function<T, String> name) {
        return items.stream().map(name).toList();
    }
}
