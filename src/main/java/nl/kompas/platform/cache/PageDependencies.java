package nl.kompas.platform.cache;

import java.util.HashSet;
import java.util.Set;

/**
 * What the page being rendered on this thread showed, as tags, so that a content change can
 * invalidate exactly the cached pages it affects.
 *
 * <p>Two kinds of tag: {@code Article#42} when the page showed that one item (its title on a card,
 * its whole body on its own page), and {@code Article*} when the page listed items of a type, so
 * that publishing or unpublishing any of them changes what the list holds. The entities record the
 * first kind themselves when they are loaded; repositories record the second kind for their list
 * queries.
 *
 * <p>A thread-local, not a request-scoped bean: entities are loaded deep inside JPA, where no
 * request scope can be injected, and a render always runs on the one thread that asked for it.
 */
public final class PageDependencies {

    private static final ThreadLocal<Set<String>> RECORDING = new ThreadLocal<>();

    private PageDependencies() {}

    /** The tag of one item: "Article#42". */
    public static String item(Class<?> type, Object id) {
        return type.getSimpleName() + "#" + id;
    }

    /** The tag of every list of a type: "Article*". */
    public static String listOf(Class<?> type) {
        return type.getSimpleName() + "*";
    }

    /** Records that the page being rendered shows this item. Does nothing outside a render. */
    public static void showed(Class<?> type, Object id) {
        Set<String> tags = RECORDING.get();
        if (tags != null) {
            tags.add(item(type, id));
        }
    }

    /** Records that the page being rendered lists items of this type. */
    public static void listed(Class<?> type) {
        Set<String> tags = RECORDING.get();
        if (tags != null) {
            tags.add(listOf(type));
        }
    }

    static void startRecording() {
        RECORDING.set(new HashSet<>());
    }

    static Set<String> stopRecording() {
        Set<String> tags = RECORDING.get();
        RECORDING.remove();
        return tags == null ? Set.of() : tags;
    }
}
