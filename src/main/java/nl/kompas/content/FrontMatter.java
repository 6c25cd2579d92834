package nl.kompas.content;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * The YAML front matter of a content file, read with typed accessors that fail with the file,
 * the line and a plain-language reason. Values are read from SnakeYAML's node tree rather than as
 * Java objects, so every value keeps its line number and nothing is converted behind our back
 * (a date stays text until {@link #date} checks it).
 */
public final class FrontMatter {

    private final String file;
    private final int firstLine;
    private final Map<String, Node> fields;
    private final Map<String, Integer> keyLines;

    private FrontMatter(String file, int firstLine, Map<String, Node> fields, Map<String, Integer> keyLines) {
        this.file = file;
        this.firstLine = firstLine;
        this.fields = fields;
        this.keyLines = keyLines;
    }

    /**
     * @param firstLine the line of the file on which the YAML starts, so messages name file lines
     */
    static FrontMatter parse(String file, String yaml, int firstLine) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            // For a scanner error (an unclosed quote, a line without a colon) the context mark is
            // where the broken text starts, and the problem mark only where scanning gave up. For
            // a parser error the problem mark is the offending token, the context its whole block.
            var mark = e instanceof ScannerException && e.getContextMark() != null
                    ? e.getContextMark()
                    : e.getProblemMark();
            int line = mark == null ? 0 : mark.getLine() + firstLine;
            throw new ContentFileException(file, line, "the front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContentFileException(file, firstLine, "the front matter is not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new FrontMatter(file, firstLine, Map.of(), Map.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ContentFileException(file, firstLine, "the front matter must be a list of \"key: value\" lines");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                int line = key.getStartMark().getLine() + firstLine;
                if (fields.containsKey(key.getValue())) {
                    throw new ContentFileException(
                            file, line, "'" + key.getValue() + "' appears twice in the front matter");
                }
                fields.put(key.getValue(), tuple.getValueNode());
                keyLines.put(key.getValue(), line);
            }
        }
        return new FrontMatter(file, firstLine, fields, keyLines);
    }

    /** The file line of a key's value, or of the front matter's start when the key is missing. */
    public int lineOf(String key) {
        Node node = fields.get(key);
        return node == null ? firstLine - 1 : node.getStartMark().getLine() + firstLine;
    }

    /** The keys that are not among the known ones, in file order, each with the line it is on. */
    public Map<String, Integer> unknownKeys(Collection<String> known) {
        Map<String, Integer> unknown = new LinkedHashMap<>(keyLines);
        unknown.keySet().removeAll(known);
        return unknown;
    }

    public boolean has(String key) {
        Node node = fields.get(key);
        return node != null
                && !(node instanceof ScalarNode scalar && scalar.getValue().isBlank());
    }

    public Optional<String> text(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw error(key, "'" + key + "' must be a single value, not a list");
        }
        String value = scalar.getValue().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public String requiredText(String key) {
        return text(key).orElseThrow(() -> error(key, "'" + key + "' is missing; every item needs one"));
    }

    public String slug(String key, String fallback) {
        String slug = text(key).orElse(fallback);
        if (!Slug.isValid(slug)) {
            throw error(
                    key,
                    "'" + slug + "' is not a valid slug: use lower-case letters, digits and hyphens, such as '"
                            + Slug.from(slug) + "'");
        }
        return slug;
    }

    /**
     * An address on this site, such as /media/foto.jpg. Images anywhere else would not show: the
     * site's Content-Security-Policy makes browsers refuse them.
     */
    public Optional<String> sitePath(String key) {
        Optional<String> value = text(key);
        if (value.isPresent() && !SitePath.isValid(value.get())) {
            throw error(
                    key,
                    "'" + key + "' is '" + value.get() + "', which is not an address on this site; put the file in"
                            + " the media folder and write it as /media/foto.jpg: browsers refuse images from other"
                            + " sites here");
        }
        return value;
    }

    public LocalDate requiredDate(String key) {
        String value = requiredText(key);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(
                    key,
                    "'" + key + "' is '" + value
                            + "', which is not a date; write it as YYYY-MM-DD, such as 2025-03-25");
        }
    }

    public Optional<Integer> number(String key) {
        return text(key).map(value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw error(key, "'" + key + "' is '" + value + "', which is not a whole number");
            }
        });
    }

    /** A yes-or-no value: true or false (ja and nee are understood too); false when absent. */
    public boolean flag(String key) {
        return text(key)
                .map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "ja", "yes" -> true;
                    case "false", "nee", "no" -> false;
                    default -> throw error(key, "'" + key + "' is '" + value + "'; use true or false");
                })
                .orElse(false);
    }

    public PublicationStatus status(String key) {
        String value = text(key).orElse("published");
        PublicationStatus status = PublicationStatus.fromFrontMatter(value);
        if (status == null) {
            throw error(key, "'" + key + "' is '" + value + "'; use 'draft', 'in-review', 'scheduled' or 'published'");
        }
        return status;
    }

    /**
     * A moment, such as a scheduled publication: 2026-12-01T09:00:00Z, or with the offset of its
     * zone, 2026-12-01T10:00:00+01:00. A time without either would depend on the server's zone.
     */
    public Instant requiredInstant(String key) {
        String value = requiredText(key);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw error(
                    key,
                    "'" + key + "' is '" + value + "', which is not a moment; write it with its offset, such as"
                            + " 2026-12-01T09:00:00Z (UTC) or 2026-12-01T10:00:00+01:00");
        }
    }

    /** A list of plain values; a single value is read as a list of one. */
    public List<String> list(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank()
                    ? List.of()
                    : List.of(scalar.getValue().trim());
        }
        List<String> values = new ArrayList<>();
        for (Node item : ((SequenceNode) asSequence(key, node)).getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw new ContentFileException(
                        file,
                        item.getStartMark().getLine() + firstLine,
                        "every item of '" + key + "' must be a single value");
            }
            if (!scalar.getValue().isBlank()) {
                values.add(scalar.getValue().trim());
            }
        }
        return values;
    }

    /** A list of small maps, such as quotes with "text" and "by". Values are plain text. */
    public List<Entry> entries(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : ((SequenceNode) asSequence(key, node)).getValue()) {
            int line = item.getStartMark().getLine() + firstLine;
            if (!(item instanceof MappingNode mapping)) {
                throw new ContentFileException(file, line, "every item of '" + key + "' must have named fields");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && tuple.getValueNode() instanceof ScalarNode v) {
                    values.put(k.getValue(), v.getValue().trim());
                } else {
                    throw new ContentFileException(file, line, "the fields of '" + key + "' must be single values");
                }
            }
            entries.add(new Entry(line, values));
        }
        return entries;
    }

    private Node asSequence(String key, Node node) {
        if (!(node instanceof SequenceNode)) {
            throw error(key, "'" + key + "' must be a list");
        }
        return node;
    }

    private ContentFileException error(String key, String reason) {
        return new ContentFileException(file, lineOf(key), reason);
    }

    /** One item of a list of maps, with the line it starts on. */
    public record Entry(int line, Map<String, String> values) {

        public Optional<String> text(String key) {
            return Optional.ofNullable(values.get(key)).filter(value -> !value.isBlank());
        }
    }
}
