package nl.kompas.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kompas.platform.web.SiteLanguage;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's search index, kept in step with the content.
 *
 * <p>At start-up, after the content folder is loaded, the index is opened from
 * {@code site.search.index-dir} in the background; one that is missing, unreadable or of another
 * format is rebuilt from the database, and searches wait for that. From then on every committed change to an
 * article, case, service page, consultant, category or tag (see {@link SearchIndexListener}) is
 * applied in the background, within moments: the item is read again from the database, so the
 * index holds what is committed, and a change that is rolled back never reaches it.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** The value of site.search.index-dir for an index in memory only, rebuilt at every start (tests). */
    static final String IN_MEMORY = ":memory:";

    /** How long a search just after start-up waits for the index to open or be built. */
    private static final int OPEN_WAIT_SECONDS = 30;

    private static final int REBUILD_BATCH = 100;
    private static final int UPDATE_BATCH = 200;

    /** The key under which a transaction collects the items to index again once it commits. */
    private static final Object PENDING = SearchIndex.class.getName() + ".pending";

    @Inject
    @ConfigProperty(name = "site.search.index-dir", defaultValue = "data/search-index")
    String indexDir;

    @Inject
    SearchDocuments documents;

    @Resource
    ManagedExecutorService background;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Items changed since they were last indexed, as keys ("Article#42"). */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    private final CountDownLatch opened = new CountDownLatch(1);
    private final AtomicBoolean updating = new AtomicBoolean();
    private final Object writing = new Object();
    private volatile LuceneIndex index;

    /**
     * Opens the index in the background, rebuilding it when needed, then applies the changes made
     * while it was closed. Start-up does not wait for it; a search does, for a while. A folder that
     * cannot be made or written stops start-up here, with the reason.
     */
    public void start() {
        Directory directory;
        try {
            directory = directory();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The search index folder " + location() + " cannot be used (site.search.index-dir): " + e, e);
        }
        background.execute(() -> open(directory));
    }

    private void open(Directory directory) {
        try {
            synchronized (writing) {
                index = LuceneIndex.open(directory);
                if (index.isRebuildNeeded()) {
                    // The rebuild reads everything as it is now, changes made while loading included.
                    waiting.clear();
                    rebuild();
                } else {
                    LOG.info(() -> "Search index opened from " + location() + ": " + size() + " items");
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "The search index in " + location() + " cannot be opened or built; search answers 503",
                    e);
            close();
        } finally {
            opened.countDown();
        }
        updateLater();
    }

    private Directory directory() throws IOException {
        if (IN_MEMORY.equals(indexDir)) {
            return new ByteBuffersDirectory();
        }
        Path folder = Path.of(indexDir).toAbsolutePath().normalize();
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new IOException("the folder is not writable");
        }
        return FSDirectory.open(folder);
    }

    private String location() {
        return IN_MEMORY.equals(indexDir)
                ? "memory"
                : Path.of(indexDir).toAbsolutePath().normalize().toString();
    }

    private void rebuild() throws IOException {
        long started = System.nanoTime();
        index.removeAll();
        for (SearchKind kind : SearchKind.values()) {
            Long after = 0L;
            while (after != null) {
                SearchDocuments.Batch batch = documents.published(kind, after, REBUILD_BATCH);
                for (SearchDocument document : batch.documents()) {
                    index.put(document);
                }
                after = batch.lastId();
            }
        }
        index.commit();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Search index built in " + location() + ": " + size() + " items in " + millis + " ms");
    }

    private int size() {
        try {
            return index.size();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * One page of results for a query; an empty query finds nothing. Just after start-up it waits
     * for the index to open (or be built) for at most {@value #OPEN_WAIT_SECONDS} seconds.
     *
     * @throws SearchUnavailableException when the index could not be opened
     */
    public SearchResults search(SearchQuery query, int page, SiteLanguage language) {
        if (query.isEmpty()) {
            return SearchResults.none(null);
        }
        LuceneIndex current = awaitOpen();
        try {
            return current.search(query, page, language);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed for [" + query + "]", e);
        }
    }

    private LuceneIndex awaitOpen() {
        try {
            if (!opened.await(OPEN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SearchUnavailableException("The search index is still being built");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("Interrupted while the search index opened");
        }
        LuceneIndex current = index;
        if (current == null) {
            throw new SearchUnavailableException("The search index could not be opened (see the log at start-up)");
        }
        return current;
    }

    /**
     * Indexes the item again once the current transaction commits, or at once outside one. Not
     * before the commit: the background update would read the old content.
     */
    void updateOnCommit(String key) {
        if (transactions.getTransactionKey() == null) {
            update(Set.of(key));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) transactions.getResource(PENDING);
        if (pending == null) {
            Set<String> collected = new LinkedHashSet<>();
            transactions.putResource(PENDING, collected);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        update(collected);
                    }
                }
            });
            pending = collected;
        }
        pending.add(key);
    }

    private void update(Set<String> keys) {
        waiting.addAll(keys);
        if (index != null) {
            updateLater();
        }
    }

    /** Starts one background run that applies every waiting change, unless one is under way. */
    private void updateLater() {
        if (waiting.isEmpty() || !updating.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(this::applyWaiting);
        } catch (RejectedExecutionException shuttingDown) {
            updating.set(false);
        }
    }

    private void applyWaiting() {
        try {
            for (List<String> batch = takeWaiting(); !batch.isEmpty(); batch = takeWaiting()) {
                apply(batch);
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(
                    Level.WARNING,
                    "The search index could not be updated: the items of this batch stay as they were"
                            + " until they change again or the index is rebuilt",
                    e);
        } finally {
            updating.set(false);
        }
        // A change may have come in after the last batch was taken and before the flag went down.
        updateLater();
    }

    private List<String> takeWaiting() {
        List<String> batch = new ArrayList<>();
        for (Iterator<String> keys = waiting.iterator(); keys.hasNext() && batch.size() < UPDATE_BATCH; ) {
            String key = keys.next();
            if (waiting.remove(key)) {
                batch.add(key);
            }
        }
        return batch;
    }

    private void apply(List<String> keys) throws IOException {
        Map<String, Optional<SearchDocument>> current = documents.current(keys);
        synchronized (writing) {
            if (index == null) {
                return;
            }
            for (Map.Entry<String, Optional<SearchDocument>> item : current.entrySet()) {
                if (item.getValue().isPresent()) {
                    index.put(item.getValue().get());
                } else {
                    index.remove(item.getKey());
                }
            }
            index.commit();
        }
    }

    @PreDestroy
    void close() {
        synchronized (writing) {
            if (index != null) {
                try {
                    index.close();
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "The search index did not close cleanly; it is rebuilt if unreadable", e);
                }
                index = null;
            }
        }
    }
}
