package nl.kompas.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": for a search that found nothing, each word the site never uses is replaced by
 * the nearest word it does use (one or two letters apart, the first letter right), preferring the
 * closest and then the most used. The suggestion is offered only when it finds something, which
 * also keeps words from unpublished items (Lucene keeps a deleted item's words until it merges
 * its files) from ever being suggested.
 */
final class Suggestions {

    private static final int MIN_WORD_LENGTH = 3;

    private final Analyzer words = new WordAnalyzer();

    /** A query that finds something, or null. */
    SearchQuery didYouMean(IndexSearcher searcher, Analyzer analyzer, SearchQuery query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms known = MultiTerms.getTerms(reader, SearchDocument.WORDS);
        if (known == null) {
            return null;
        }
        SearchQuery candidate = query;
        boolean changed = false;
        for (String word : query.words()) {
            List<String> forms = forms(word);
            if (forms.size() != 1 || forms.get(0).length() < MIN_WORD_LENGTH) {
                continue;
            }
            String form = forms.get(0);
            if (reader.docFreq(new Term(SearchDocument.WORDS, form)) > 0) {
                continue;
            }
            String nearest = nearest(known, form);
            if (nearest != null) {
                candidate = candidate.replacing(word, nearest);
                changed = true;
            }
        }
        if (!changed || searcher.count(candidate.toLucene(analyzer)) == 0) {
            return null;
        }
        return candidate;
    }

    private static String nearest(Terms known, String form) throws IOException {
        int maxEdits = form.length() <= 5 ? 1 : 2;
        FuzzyTermsEnum near = new FuzzyTermsEnum(known, new Term(SearchDocument.WORDS, form), maxEdits, 1, true);
        String best = null;
        float bestSimilarity = -1;
        int bestFrequency = -1;
        for (BytesRef term = near.next(); term != null; term = near.next()) {
            float similarity = near.getBoost();
            int frequency = near.docFreq();
            if (similarity > bestSimilarity || (similarity == bestSimilarity && frequency > bestFrequency)) {
                best = term.utf8ToString();
                bestSimilarity = similarity;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    /** The word as the index spells its words: lower case, no accents; a hyphenated word gives several. */
    private List<String> forms(String word) throws IOException {
        List<String> forms = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(SearchDocument.WORDS, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                forms.add(term.toString());
            }
            stream.end();
        }
        return forms;
    }
}
