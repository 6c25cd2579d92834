package nl.kompas.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which fields of an item differ between two texts of its content file, both as the content file
 * writers write them. Comparing what the writers make of the item before and after an import,
 * rather than the uploaded file itself, means that a file that only says the same thing another
 * way ("concept" for "draft", tags in another order, a missing default) counts as unchanged.
 */
final class FieldChanges {

    /** The key that stands for the Markdown after the front matter. */
    static final String BODY = "body";

    private static final Pattern FILE = Pattern.compile("\\A---\\n(.*?\\n)?---\\n(.*)\\z", Pattern.DOTALL);

    private FieldChanges() {}

    /** The front-matter keys whose values differ, in the order the file has them, then "body". */
    static List<String> between(String before, String after) {
        Matcher old = parts(before);
        Matcher now = parts(after);
        Map<String, Object> oldFields = fields(old.group(1));
        Map<String, Object> newFields = fields(now.group(1));
        Set<String> keys = new LinkedHashSet<>(newFields.keySet());
        keys.addAll(oldFields.keySet());
        List<String> changed = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(oldFields.get(key), newFields.get(key))) {
                changed.add(key);
            }
        }
        if (!old.group(2).equals(now.group(2))) {
            changed.add(BODY);
        }
        return changed;
    }

    private static Matcher parts(String text) {
        Matcher matcher = FILE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a content file as the writers write it");
        }
        return matcher;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(String yaml) {
        Object fields = yaml == null ? null : new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return fields == null ? Map.of() : (Map<String, Object>) fields;
    }
}
