package nl.kompas.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The items a revision names by slug (a case's services, a consultant's services…) as the ids a
 * form's multi-select holds. An item that is gone since is left out: restoring brings back what
 * still exists.
 */
public final class LinkedSlugs {

    private LinkedSlugs() {}

    public static <T> List<Long> ids(List<String> slugs, Function<String, Optional<T>> bySlug, Function<T, Long> id) {
        List<Long> ids = new ArrayList<>();
        for (String slug : slugs) {
            bySlug.apply(slug).map(id).ifPresent(ids::add);
        }
        return ids;
    }
}
