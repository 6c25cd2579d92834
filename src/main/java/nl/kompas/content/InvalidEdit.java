package nl.kompas.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edit refused because of what was entered: per field, the message to show beside it, as a key
 * of the site's bundle with its arguments, so the admin shows it in the editor's language. Nothing
 * was changed.
 */
public class InvalidEdit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A bundle key such as "editing.error.slug.taken" with the values for its placeholders. */
    public record Message(String key, List<Object> arguments) {
        public Message {
            arguments = List.copyOf(arguments);
        }
    }

    private final Map<String, Message> byField;

    public InvalidEdit(Map<String, Message> byField) {
        super("Invalid edit: " + byField);
        this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    /** The first problem of each field, in the order the fields were checked. */
    public Map<String, Message> byField() {
        return byField;
    }

    /** Collects the problems of one edit; the first one found for a field is the one shown. */
    public static final class Collector {
        private final Map<String, Message> byField = new LinkedHashMap<>();

        public Collector add(String field, String key, Object... arguments) {
            byField.putIfAbsent(field, new Message(key, List.of(arguments)));
            return this;
        }

        public boolean has(String field) {
            return byField.containsKey(field);
        }

        public void throwIfAny() {
            if (!byField.isEmpty()) {
                throw new InvalidEdit(byField);
            }
        }
    }
}
