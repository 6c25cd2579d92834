package nl.kompas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kompas.platform.web.SiteLanguage;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as search uses it: Dutch words found in their other forms, marked, paged and suggested. */
class LuceneIndexTest {

    private LuceneIndex index;

    @BeforeEach
    void open() throws IOException {
        index = LuceneIndex.open(new ByteBuffersDirectory());
        index.put(article(1, "De adviseur als verandermakelaar", "Een goede adviseur luistert eerst."));
        index.put(article(2, "Intervisie die blijft werken", "Intervisie helpt teams en organisaties verder."));
        index.put(new SearchDocument(
                "Consultant#3",
                SearchKind.CONSULTANT,
                "anne-de-vries",
                EnumSet.allOf(SiteLanguage.class),
                "Anne de Vries",
                "Senior adviseur organisatieontwikkeling",
                "Anne begeleidt afdelingen."));
        index.commit();
    }

    @Test
    void aSearchFindsOnlyTheItemsOfItsLanguageAndConsultantsInBoth() throws IOException {
        index.put(
                article(4, "Peer review that keeps working", "Teams of consultants learn together.", SiteLanguage.EN));
        index.commit();
        assertEquals(
                List.of("/en/articles/a4"),
                index.search(SearchQuery.of("working"), 1, SiteLanguage.EN).hits().stream()
                        .map(SearchHit::getPath)
                        .toList());
        assertEquals(
                0, index.search(SearchQuery.of("working"), 1, SiteLanguage.NL).total(), "not on Dutch pages");
        assertEquals(
                0,
                index.search(SearchQuery.of("intervisie"), 1, SiteLanguage.EN).total(),
                "Dutch stays Dutch");
        assertEquals(
                "/en/consultants/anne-de-vries",
                index.search(SearchQuery.of("anne"), 1, SiteLanguage.EN)
                        .hits()
                        .get(0)
                        .getPath());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aPluralFindsTheSingularAndTheTitleCountsMost() throws IOException {
        SearchResults results = index.search(SearchQuery.of("adviseurs"), 1, SiteLanguage.NL);
        assertEquals(2, results.total());
        assertEquals("/artikelen/a1", results.hits().get(0).getPath(), "found in its title");
        assertEquals(SearchKind.CONSULTANT, results.hits().get(1).getKind(), "found by its role");
        assertEquals(
                "De <mark>adviseur</mark> als verandermakelaar",
                results.hits().get(0).getTitleHtml());
        assertEquals(
                "Een goede <mark>adviseur</mark> luistert eerst.",
                results.hits().get(0).getSnippetHtml());
        assertEquals(
                1,
                index.search(SearchQuery.of("organisatie"), 1, SiteLanguage.NL).total(),
                "organisaties");
    }

    @Test
    void everyWordMustBeFound() throws IOException {
        assertEquals(
                1,
                index.search(SearchQuery.of("intervisie teams"), 1, SiteLanguage.NL)
                        .total());
        assertEquals(
                0,
                index.search(SearchQuery.of("intervisie adviseur"), 1, SiteLanguage.NL)
                        .total());
    }

    @Test
    void textIsEscapedAndOnlyTheMatchIsMarked() throws IOException {
        index.put(article(4, "Tips & trucs <voor> \"adviseurs\"", "Gebruik <script>alert('adviseur')</script> nooit."));
        index.commit();
        SearchHit hit =
                index.search(SearchQuery.of("trucs"), 1, SiteLanguage.NL).hits().get(0);
        assertEquals("Tips &amp; <mark>trucs</mark> &lt;voor&gt; &quot;adviseurs&quot;", hit.getTitleHtml());
        SearchHit body = index.search(SearchQuery.of("script adviseur trucs"), 1, SiteLanguage.NL)
                .hits()
                .get(0);
        assertEquals(
                "Gebruik &lt;<mark>script</mark>&gt;alert(&#39;<mark>adviseur</mark>&#39;)&lt;/<mark>script</mark>&gt; nooit.",
                body.getSnippetHtml());
    }

    @Test
    void aLongTextGivesAShortSnippetAroundTheMatch() throws IOException {
        String filler = "Dit is een zin zonder het gezochte woord, over van alles en nog wat. ";
        index.put(article(
                5,
                "Lang stuk",
                filler.repeat(40) + "Hier staat het woord verandermanagement midden in. " + filler.repeat(40)));
        index.commit();
        String snippet = index.search(SearchQuery.of("verandermanagement"), 1, SiteLanguage.NL)
                .hits()
                .get(0)
                .getSnippetHtml();
        assertTrue(snippet.contains("<mark>verandermanagement</mark>"), snippet);
        assertTrue(snippet.length() < 600, snippet.length() + ": " + snippet);
        assertTrue(snippet.startsWith(SnippetFormatter.ELLIPSIS), snippet);
        assertTrue(snippet.endsWith(SnippetFormatter.ELLIPSIS), snippet);
    }

    @Test
    void foundByTitleAloneShowsTheStartOfTheText() throws IOException {
        SearchHit hit = index.search(SearchQuery.of("verandermakelaar"), 1, SiteLanguage.NL)
                .hits()
                .get(0);
        assertEquals("Een goede adviseur luistert eerst.", hit.getSnippetHtml());
    }

    @Test
    void resultsComeTenAPageAndAPagePastTheLastGivesTheLast() throws IOException {
        for (int i = 10; i < 35; i++) {
            index.put(article(i, "Teamcoaching " + i, "Over teams."));
        }
        index.commit();
        SearchResults first = index.search(SearchQuery.of("team"), 1, SiteLanguage.NL);
        assertEquals(26, first.total());
        assertEquals(3, first.pageCount());
        assertEquals(10, first.hits().size());
        SearchResults third = index.search(SearchQuery.of("team"), 3, SiteLanguage.NL);
        assertEquals(6, third.hits().size());
        assertEquals(
                3, index.search(SearchQuery.of("team"), 99, SiteLanguage.NL).page());
        assertEquals(
                1, index.search(SearchQuery.of("team"), -4, SiteLanguage.NL).page());
        List<String> all = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            index.search(SearchQuery.of("team"), page, SiteLanguage.NL).hits().forEach(hit -> all.add(hit.getPath()));
        }
        assertEquals(26, all.stream().distinct().count(), "every item on exactly one page");
    }

    @Test
    void aRemovedOrReplacedItemIsFoundAsItIsNow() throws IOException {
        index.put(article(2, "Intervisie vernieuwd", "Nieuwe tekst."));
        index.remove("Article#1");
        index.commit();
        assertEquals(
                0,
                index.search(SearchQuery.of("verandermakelaar"), 1, SiteLanguage.NL)
                        .total());
        assertEquals(
                1, index.search(SearchQuery.of("vernieuwd"), 1, SiteLanguage.NL).total());
        assertEquals(
                0,
                index.search(SearchQuery.of("organisaties teams"), 1, SiteLanguage.NL)
                        .total());
        assertEquals(2, index.size());
    }

    @Test
    void aMisspeltWordGetsASuggestionThatFindsSomething() throws IOException {
        SearchResults results = index.search(SearchQuery.of("intervsie"), 1, SiteLanguage.NL);
        assertEquals(0, results.total());
        assertEquals("intervisie", results.suggestion().text());
        assertEquals(
                "anne adviseur",
                index.search(SearchQuery.of("anne adviser"), 1, SiteLanguage.NL)
                        .suggestion()
                        .text());
        assertNull(index.search(SearchQuery.of("xyzzy"), 1, SiteLanguage.NL).suggestion(), "nothing near");
        assertNull(
                index.search(SearchQuery.of("intervsie verandermakelaar"), 1, SiteLanguage.NL)
                        .suggestion(),
                "no suggestion that would still find nothing");
    }

    @Test
    void anIndexOnDiskIsKeptAndOneOfAnotherFormatIsRebuilt(@TempDir Path folder) throws IOException {
        try (LuceneIndex fresh = LuceneIndex.open(FSDirectory.open(folder))) {
            assertTrue(fresh.isRebuildNeeded(), "missing");
            fresh.put(article(1, "Adviseur", "Tekst."));
            fresh.commit();
        }
        try (LuceneIndex kept = LuceneIndex.open(FSDirectory.open(folder))) {
            assertFalse(kept.isRebuildNeeded(), "kept");
            assertEquals(
                    1,
                    kept.search(SearchQuery.of("adviseurs"), 1, SiteLanguage.NL).total());
        }
        try (IndexWriter older = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig())) {
            older.setLiveCommitData(Map.of(LuceneIndex.FORMAT_KEY, "0").entrySet());
            older.commit();
        }
        try (LuceneIndex outdated = LuceneIndex.open(FSDirectory.open(folder))) {
            assertTrue(outdated.isRebuildNeeded(), "another format");
            assertEquals(0, outdated.size(), "starts empty");
        }
    }

    @Test
    void filesLuceneCannotReadAreReplaced(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("segments_1"), "not an index");
        try (LuceneIndex index = LuceneIndex.open(FSDirectory.open(folder))) {
            assertTrue(index.isRebuildNeeded());
            index.put(article(1, "Adviseur", "Tekst."));
            index.commit();
            assertEquals(
                    1,
                    index.search(SearchQuery.of("adviseur"), 1, SiteLanguage.NL).total());
        }
    }

    private static SearchDocument article(long id, String title, String text) {
        return article(id, title, text, SiteLanguage.NL);
    }

    private static SearchDocument article(long id, String title, String text, SiteLanguage language) {
        return new SearchDocument("Article#" + id, SearchKind.ARTICLE, "a" + id, Set.of(language), title, "", text);
    }
}
