package nl.kompas.account;

import java.util.ArrayList;
import java.util.List;

/**
 * Input an account cannot take, with one message per field, so that the page can show each next
 * to its field. The messages are bundle keys with their arguments, shown in the page's language.
 */
public class InvalidAccountInput extends RuntimeException {

    /** What is wrong with one field: a bundle key and the values for its placeholders. */
    public record Problem(String field, String messageKey, List<Object> arguments) {}

    private final List<Problem> problems;

    InvalidAccountInput(List<Problem> problems) {
        super("Invalid account input: " + problems);
        this.problems = List.copyOf(problems);
    }

    static InvalidAccountInput of(String field, String messageKey, Object... arguments) {
        return new InvalidAccountInput(List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects the problems of one request, so that every field is checked before any is reported. */
    static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        void add(String field, String messageKey, Object... arguments) {
            problems.add(new Problem(field, messageKey, List.of(arguments)));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidAccountInput(problems);
            }
        }
    }
}
