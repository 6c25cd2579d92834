package nl.kompas.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a visitor typed in the search box, made safe to search with: at most {@value #MAX_LENGTH}
 * characters and {@value #MAX_WORDS} words, and no query syntax but "quoted phrases". Every word
 * must be found (in the title, the words about the item or its text); the title counts most.
 *
 * <p>Nothing a visitor types can make the search fail: characters that mean something to Lucene
 * ({@code * ? ~ + ( ) [ ] : \ /} and the like) are dropped before parsing, an unbalanced quote is
 * dropped, and "AND", "OR" and "NOT" in capitals, which people copy from other search engines,
 * are left out rather than searched for as words.
 */
public final class SearchQuery {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 20;

    /** Title matches count most, then the summary, client, role, categories and tags, then the text. */
    private static final Map<String, Float> FIELD_WEIGHTS = new LinkedHashMap<>();

    static {
        // In a fixed order, so that the same words always give the same query.
        FIELD_WEIGHTS.put(SearchDocument.TITLE, 4f);
        FIELD_WEIGHTS.put(SearchDocument.ABOUT, 2f);
        FIELD_WEIGHTS.put(SearchDocument.TEXT, 1f);
    }

    /** Letters, digits, marks, quotes, apostrophes, hyphens and dots; everything else is a space. */
    private static final Pattern NOT_SEARCHABLE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\"'’.\\-\\s]");

    private static final Pattern OPERATOR = Pattern.compile("^(AND|OR|NOT)$");

    private final String text;
    private final boolean shortened;

    private SearchQuery(String text, boolean shortened) {
        this.text = text;
        this.shortened = shortened;
    }

    /** The visitor's text, cleaned; null or blank gives an empty query. */
    public static SearchQuery of(String typed) {
        if (typed == null) {
            return new SearchQuery("", false);
        }
        String cleaned = NOT_SEARCHABLE.matcher(typed).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : cleaned.strip().split("\\s+")) {
            if (!word.isEmpty() && !OPERATOR.matcher(word).matches()) {
                words.add(word);
            }
        }
        boolean shortened = words.size() > MAX_WORDS;
        StringBuilder kept = new StringBuilder();
        for (String word : words.subList(0, Math.min(words.size(), MAX_WORDS))) {
            if (kept.length() + 1 + word.length() > MAX_LENGTH) {
                shortened = true;
                if (kept.length() == 0) { // one very long "word"
                    int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
                    kept.append(word, 0, end);
                }
                break;
            }
            if (kept.length() > 0) {
                kept.append(' ');
            }
            kept.append(word);
        }
        return new SearchQuery(balanceQuotes(kept.toString()), shortened);
    }

    /** Drops the last quote when there is an odd number of them, so a phrase is never left open. */
    private static String balanceQuotes(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 0) {
            return text;
        }
        int last = text.lastIndexOf('"');
        return (text.substring(0, last) + text.substring(last + 1)).strip().replaceAll("\\s+", " ");
    }

    public boolean isEmpty() {
        return words().isEmpty();
    }

    /** The cleaned text: what is searched for, and what the search form shows again. */
    public String text() {
        return text;
    }

    /** Whether the visitor's text was longer than a search may be, and was cut. */
    public boolean wasShortened() {
        return shortened;
    }

    /** The words, without quotes: what "did you mean" looks at. */
    List<String> words() {
        List<String> words = new ArrayList<>();
        for (String word : text.replace('"', ' ').strip().split("\\s+")) {
            if (!word.isEmpty() && word.chars().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The same query with one word replaced by another, for "did you mean". */
    SearchQuery replacing(String word, String replacement) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(part.replace('"', ' ').strip().equals(word) ? part.replace(word, replacement) : part);
        }
        return new SearchQuery(out.toString(), false);
    }

    /**
     * The Lucene query: every word (or quoted phrase) in one of the fields, analysed as the text
     * was. Words that analysis drops entirely (only stop words, only punctuation) match nothing.
     */
    Query toLucene(Analyzer analyzer) {
        if (isEmpty()) {
            return new MatchNoDocsQuery("no words");
        }
        SimpleQueryParser parser = new SimpleQueryParser(
                analyzer, FIELD_WEIGHTS, SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(text);
        return query == null ? new MatchNoDocsQuery("only stop words") : query;
    }

    @Override
    public String toString() {
        return text;
    }
}
