package nl.kompas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a visitor types becomes a query that cannot fail and means what they meant. */
class SearchQueryTest {

    private final DutchTextAnalyzer analyzer = new DutchTextAnalyzer();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\"", "\"\"", "*", "()", "AND OR NOT", "???", "..."})
    void nothingToSearchForIsEmpty(String typed) {
        SearchQuery query = SearchQuery.of(typed);
        assertTrue(query.isEmpty(), "[" + typed + "]");
        assertInstanceOf(MatchNoDocsQuery.class, query.toLucene(analyzer));
    }

    @Test
    void everyWordMustMatchInSomeFieldAndTheTitleCountsMost() {
        assertEquals(
                "+((title:adviseur)^4.0 (about:adviseur)^2.0 text:adviseur)"
                        + " +((title:team)^4.0 (about:team)^2.0 text:team)",
                SearchQuery.of("adviseurs teams").toLucene(analyzer).toString());
    }

    @Test
    void quotedWordsAreAPhrase() {
        String query = SearchQuery.of("\"lerende organisaties\" coaching")
                .toLucene(analyzer)
                .toString();
        assertTrue(query.contains("+((title:\"lerend organisatie\")^4.0"), query);
        assertTrue(query.contains("+((title:coach)"), query);
    }

    @Test
    void anUnbalancedQuoteIsDropped() {
        SearchQuery query = SearchQuery.of("\"de adviseur");
        assertEquals("de adviseur", query.text());
        assertEquals(
                "(title:adviseur)^4.0 (about:adviseur)^2.0 text:adviseur",
                query.toLucene(analyzer).toString());
        assertEquals("\"a b\" c", SearchQuery.of("\"a b\" c\"").text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AND(",
                "adviseur AND(",
                "*:*",
                "title:adviseur",
                "adv*",
                "adviseur~2",
                "+adviseur -team",
                "[a TO z]",
                "{!lucene}",
                "\\",
                "a || b && c",
                "((((",
                "<script>alert(1)</script>",
                "'; drop table article; --"
            })
    void querySyntaxIsNotSyntax(String typed) {
        SearchQuery query = SearchQuery.of(typed);
        Query lucene = query.toLucene(analyzer);
        String text = query.text();
        for (String syntax : List.of("*", ":", "~", "+", "(", ")", "[", "]", "{", "}", "\\", "|", "&", "<", ">", ";")) {
            assertFalse(text.contains(syntax), typed + " keeps " + syntax + ": " + text);
        }
        assertFalse(lucene.toString().contains("*:*"), "never everything: " + lucene);
    }

    @Test
    void operatorsInCapitalsAreLeftOutButTheWordsStay() {
        assertEquals("adviseur team", SearchQuery.of("adviseur AND team").text());
        assertEquals("and or not", SearchQuery.of("and or not").text());
    }

    @Test
    void aLongQueryIsCutAtAWordAndSaysSo() {
        String typed = "adviseur ".repeat(100);
        SearchQuery query = SearchQuery.of(typed);
        assertTrue(query.wasShortened());
        assertTrue(query.text().length() <= SearchQuery.MAX_LENGTH);
        assertEquals(SearchQuery.MAX_WORDS, query.words().size());

        SearchQuery oneWord = SearchQuery.of("x".repeat(10_000));
        assertTrue(oneWord.wasShortened());
        assertEquals(SearchQuery.MAX_LENGTH, oneWord.text().length());
        oneWord.toLucene(analyzer);

        String longWords = "organisatieontwikkelingstrajecten ".repeat(10);
        assertTrue(SearchQuery.of(longWords).text().length() <= SearchQuery.MAX_LENGTH);
        assertFalse(SearchQuery.of("adviseur team").wasShortened());
    }

    @Test
    void aQuoteOpenedBeforeTheCutIsNotLeftOpen() {
        String typed = "a ".repeat(95) + "\"lange zin die niet past\"";
        String text = SearchQuery.of(typed).text();
        assertEquals(0, text.chars().filter(c -> c == '"').count() % 2, text);
    }

    @Test
    void aWordCanBeReplacedForASuggestion() {
        assertEquals(
                "\"lerende organisatie\" adviseur",
                SearchQuery.of("\"lerende organsatie\" adviseur")
                        .replacing("organsatie", "organisatie")
                        .text());
    }

    @Test
    void lettersOfEveryKindAndDigitsAreKept() {
        assertEquals(
                "cliënt café 2025 foto's e-mail",
                SearchQuery.of("cliënt café 2025 foto's e-mail").text());
    }
}
