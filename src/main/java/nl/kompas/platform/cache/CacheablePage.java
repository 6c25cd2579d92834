package nl.kompas.platform.cache;

import jakarta.servlet.ServletRequest;

/**
 * The mark by which a page says it is the same for every visitor, so the page cache may keep it.
 *
 * <p>The cache only keeps what opted in: a servlet or route that renders public, visitor-neutral
 * bytes marks its request; everything else (health, metrics, the admin, assets) is never kept.
 */
public final class CacheablePage {

    static final String ATTRIBUTE = CacheablePage.class.getName();

    private CacheablePage() {}

    /** Marks the response to this request as the same for every visitor. */
    public static void mark(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isMarked(ServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
