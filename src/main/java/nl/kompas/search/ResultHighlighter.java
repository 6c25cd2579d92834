package nl.kompas.search;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the matched words in a result's title and picks its snippet: the one or two passages of
 * its text, of about a sentence each, that match best. An item found by its title or summary alone
 * shows the start of its text instead.
 */
final class ResultHighlighter extends UnifiedHighlighter {

    static final int SNIPPET_PASSAGES = 2;

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final int PASSAGE_GOAL = 160;
    /** Where the first match sits in a passage that grows around it: a third in, so it reads as context. */
    private static final float MATCH_PLACE = 0.3f;

    private static final int MAX_PASSAGE = 240;
    /** Long articles are highlighted in full; the default (10,000 characters) misses later matches. */
    private static final int MAX_TEXT_LENGTH = 100_000;

    ResultHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(MAX_TEXT_LENGTH));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        if (SearchDocument.TITLE.equals(field)) {
            return new WholeBreakIterator();
        }
        return LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(DUTCH), PASSAGE_GOAL, MATCH_PLACE);
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
        return new SnippetFormatter(SearchDocument.TITLE.equals(field) ? Integer.MAX_VALUE : MAX_PASSAGE);
    }

    /** Without a match in a field, its first passage: the whole title, the start of the text. */
    @Override
    protected int getMaxNoHighlightPassages(String field) {
        return 1;
    }
}
