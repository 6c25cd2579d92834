package nl.kompas.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rendered public pages, in memory, bounded by size, keyed by path.
 *
 * <p>Pages are invalidated by tag (see {@link PageDependencies}) when a content change commits. A
 * render that was already running when an invalidation came may have read the old content, so its
 * page is served to whoever asked but never stored: every invalidation moves a generation counter
 * on, and a page is only stored if the generation did not move during its render.
 */
@ApplicationScoped
public class PageCache {

    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    @Inject
    @ConfigProperty(name = "site.page-cache.max-mb", defaultValue = "64")
    int maxMegabytes;

    /**
     * A kept page is rendered again after this long even when nothing changed, so the signed form
     * tokens in its forms (nl.kompas.spam.SpamGuard) stay well within their maximum age.
     */
    @Inject
    @ConfigProperty(name = "site.page-cache.max-age-hours", defaultValue = "12")
    int maxAgeHours;

    @Resource
    ManagedExecutorService background;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The key under which a transaction collects the tags it will invalidate on commit. */
    private static final Object PENDING = PageCache.class.getName() + ".pending";

    private Cache<String, CachedPage> pages;
    private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    private final Object storeLock = new Object();
    private long generation;
    private final LongAdder hits = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final LongAdder invalidated = new LongAdder();

    @PostConstruct
    void create() {
        pages = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxMegabytes) * 1024L * 1024L)
                .weigher((String path, CachedPage page) -> page.weight())
                .expireAfterWrite(java.time.Duration.ofHours(Math.max(1, maxAgeHours)))
                .build();
        LOG.info(
                isEnabled()
                        ? "Page cache on, up to " + maxMegabytes + " MB"
                        : "Page cache off (site.page-cache.max-mb=0)");
    }

    public boolean isEnabled() {
        return maxMegabytes > 0;
    }

    CachedPage find(String path) {
        CachedPage page = pages.getIfPresent(path);
        if (page != null) {
            hits.increment();
        }
        return page;
    }

    /**
     * Claims the render of a page. Returns null when this caller must render it (and later call
     * {@link #finish}); otherwise the render already under way, to wait for.
     */
    CompletableFuture<CachedPage> claim(String path, CompletableFuture<CachedPage> mine) {
        return rendering.putIfAbsent(path, mine);
    }

    long generation() {
        synchronized (storeLock) {
            return generation;
        }
    }

    /** Ends a render: stores the page unless an invalidation came while it ran, and wakes the waiters. */
    void finish(String path, CompletableFuture<CachedPage> mine, CachedPage page, long startedInGeneration) {
        try {
            renders.increment();
            if (page != null) {
                synchronized (storeLock) {
                    if (generation == startedInGeneration) {
                        pages.put(path, page);
                    }
                }
            }
        } finally {
            rendering.remove(path, mine);
            mine.complete(page);
        }
    }

    /** Compresses a stored page with Brotli in the background; until then, gzip is served. */
    void addBrotliLater(CachedPage page, byte[] identity) {
        if (Brotli.isAvailable()) {
            background.execute(() -> page.brotli(Compression.brotli(identity)));
        }
    }

    /**
     * Invalidates these tags when the current transaction commits, or at once outside one. Not
     * before the commit: a render in between would read the old content and be stored again.
     */
    public void invalidateOnCommit(Set<String> tags) {
        if (transactions.getTransactionKey() == null) {
            invalidate(tags);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) transactions.getResource(PENDING);
        if (pending == null) {
            Set<String> collected = new HashSet<>();
            transactions.putResource(PENDING, collected);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        invalidate(collected);
                    }
                }
            });
            pending = collected;
        }
        pending.addAll(tags);
    }

    /** Drops every page that showed or listed any of these tags. */
    public void invalidate(Set<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        synchronized (storeLock) {
            generation++;
            pages.asMap().values().removeIf(page -> {
                boolean affected = page.isTagged(tags);
                if (affected) {
                    invalidated.increment();
                }
                return affected;
            });
        }
    }

    /** Counts since start, for the log, tests and operators. */
    public record Statistics(long pages, long hits, long renders, long invalidated) {}

    public Statistics statistics() {
        return new Statistics(pages.estimatedSize(), hits.sum(), renders.sum(), invalidated.sum());
    }
}
