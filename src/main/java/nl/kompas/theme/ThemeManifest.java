package nl.kompas.theme;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A theme's {@code theme.yaml}: its name, description and version, each required and plain text,
 * and the colours of the share images it draws, which are optional.
 */
record ThemeManifest(String name, String description, String version, ThemeColours colours) {

    /**
     * Reads theme.yaml.
     *
     * @throws ThemeException naming the theme and, for broken YAML, the line and column
     */
    static ThemeManifest parse(String themeId, String yaml) {
        Object parsed;
        try {
            parsed = parser().load(yaml);
        } catch (MarkedYAMLException e) {
            throw new ThemeException(themeId, "theme.yaml is not valid YAML" + where(e) + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new ThemeException(themeId, "theme.yaml is not valid YAML: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> fields)) {
            throw new ThemeException(themeId, "theme.yaml must hold name, description and version");
        }
        return new ThemeManifest(
                text(themeId, fields, "name"),
                text(themeId, fields, "description"),
                text(themeId, fields, "version"),
                ThemeColours.parse(themeId, fields.get("colours")));
    }

    private static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        // A second "name:" would silently win over the first; the author should hear about it.
        options.setAllowDuplicateKeys(false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new TextOnlyResolver());
    }

    private static String where(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    private static String text(String themeId, Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ThemeException(themeId, "theme.yaml has no '" + key + "'");
        }
        if (!(value instanceof String text)) {
            // Otherwise a list or map would show up on the site as "[a, b]" or "{x=y}".
            throw new ThemeException(themeId, "theme.yaml: '" + key + "' must be plain text, not a list or map");
        }
        return text.strip();
    }

    /** Reads every value as text: a version such as 1.10 must not become the number 1.1. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {}
    }
}
