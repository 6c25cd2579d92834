package nl.kompas.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.kompas.platform.web.SiteLanguage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The Lucene side of site search: one index in one {@link Directory}, written by one writer for
 * as long as the site runs, and searched through near-real-time readers, which see a change as
 * soon as it is committed.
 *
 * <p>Every commit records the {@link #FORMAT} of the index. An index of another format (made by a
 * release that analysed text differently or stored other fields), or one Lucene cannot read, is
 * reported by {@link #isRebuildNeeded()} and replaced by the next commit.
 */
final class LuceneIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());

    /** Raise this whenever analysis or the stored fields change: the next start rebuilds the index. */
    // 2: documents carry their language and slug (issue 5), so an index of format 1 is rebuilt.
    static final String FORMAT = "2";

    static final String FORMAT_KEY = "kompas.search.format";

    static final int PAGE_SIZE = 10;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new DutchTextAnalyzer();
    private final Suggestions suggestions = new Suggestions();
    private final boolean rebuildNeeded;

    private LuceneIndex(Directory directory, boolean rebuildNeeded) throws IOException {
        this.directory = directory;
        this.rebuildNeeded = rebuildNeeded;
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzer, Map.of(SearchDocument.WORDS, new WordAnalyzer()));
        IndexWriterConfig config = new IndexWriterConfig(perField)
                .setOpenMode(rebuildNeeded ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in this directory; a missing, unreadable or outdated one is to be rebuilt. */
    static LuceneIndex open(Directory directory) throws IOException {
        String found = formatIn(directory);
        if (found != null && !FORMAT.equals(found)) {
            LOG.info("The search index has format " + found + ", this release writes " + FORMAT + ": rebuilding it");
        }
        if (found == null && !isEmpty(directory)) {
            // Leftovers Lucene cannot open (an older Lucene's files, a crash before the first commit).
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
        }
        return new LuceneIndex(directory, !FORMAT.equals(found));
    }

    /** The format the last commit recorded; null when there is no readable index. */
    private static String formatIn(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            String format =
                    SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY);
            return format == null ? "none" : format;
        } catch (IOException | RuntimeException e) {
            LOG.warning("The search index cannot be read and will be rebuilt: " + e);
            return null;
        }
    }

    private static boolean isEmpty(Directory directory) throws IOException {
        return Arrays.stream(directory.listAll()).noneMatch(file -> !file.equals(IndexWriter.WRITE_LOCK_NAME));
    }

    /** Whether the index was missing, unreadable or of another format when it was opened. */
    boolean isRebuildNeeded() {
        return rebuildNeeded;
    }

    /** Adds the item, or replaces what the index held for it. Visible after {@link #commit()}. */
    void put(SearchDocument document) throws IOException {
        Document lucene = document.toLucene();
        writer.updateDocument(new Term(SearchDocument.KEY, document.key()), lucene);
    }

    /** Leaves the item out from now on. Visible after {@link #commit()}. */
    void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(SearchDocument.KEY, key));
    }

    /** Empties the index, for a rebuild; searches see the old content until {@link #commit()}. */
    void removeAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes so far durable and visible to the next search. */
    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** How many items the index holds. */
    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * One page of the items that match, best first, {@value #PAGE_SIZE} a page; a page past the
     * last gives the last. A search that finds nothing may come with a suggestion.
     */
    SearchResults search(SearchQuery query, int requestedPage, SiteLanguage language) throws IOException {
        if (query.isEmpty()) {
            return SearchResults.none(null);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            // Only the items of the page's language; a filter, so it does not change the scores.
            Query lucene = new BooleanQuery.Builder()
                    .add(query.toLucene(analyzer), BooleanClause.Occur.MUST)
                    .add(
                            new TermQuery(new Term(SearchDocument.LANGUAGE, language.getTag())),
                            BooleanClause.Occur.FILTER)
                    .build();
            int total = searcher.count(lucene);
            if (total == 0) {
                return SearchResults.none(suggestions.didYouMean(searcher, analyzer, query));
            }
            int pageCount = (total + PAGE_SIZE - 1) / PAGE_SIZE;
            int page = Math.max(1, Math.min(requestedPage, pageCount));
            TopDocs top = searcher.search(lucene, page * PAGE_SIZE);
            ScoreDoc[] shown = Arrays.copyOfRange(
                    top.scoreDocs, Math.min((page - 1) * PAGE_SIZE, top.scoreDocs.length), top.scoreDocs.length);
            return new SearchResults(total, page, pageCount, hits(searcher, lucene, shown, language), null);
        } finally {
            searchers.release(searcher);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] shown, SiteLanguage language)
            throws IOException {
        int[] ids = Arrays.stream(shown).mapToInt(hit -> hit.doc).toArray();
        Map<String, String[]> marked = new ResultHighlighter(searcher, analyzer)
                .highlightFields(new String[] {SearchDocument.TITLE, SearchDocument.TEXT}, query, ids, new int[] {
                    1, ResultHighlighter.SNIPPET_PASSAGES
                });
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Document stored = searcher.storedFields().document(ids[i]);
            String title = marked.get(SearchDocument.TITLE)[i];
            String snippet = marked.get(SearchDocument.TEXT)[i];
            SearchKind kind = SearchKind.valueOf(stored.get(SearchDocument.KIND));
            hits.add(new SearchHit(
                    kind,
                    kind.path(language, stored.get(SearchDocument.SLUG)),
                    title != null ? title : escaped(stored.get(SearchDocument.TITLE)),
                    snippet != null ? snippet : ""));
        }
        return hits;
    }

    private static String escaped(String text) {
        StringBuilder html = new StringBuilder();
        SnippetFormatter.escape(html, text == null ? "" : text, 0, text == null ? 0 : text.length());
        return html.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
