package nl.kompas.content;

/**
 * Content that public pages show: articles, cases, service pages, consultants and the categories,
 * tags and series that file articles. Each is tracked by the page cache through
 * {@link PageCacheListener}.
 */
public interface ContentEntity {

    Long getId();

    /**
     * Whether a change to this item can change what a list holds or how it is ordered. Items that
     * visitors never see in a list (a draft that stays a draft) return false.
     */
    default boolean isListed() {
        return true;
    }
}
