package nl.kompas.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How the searchable text and the visitor's words are cut into terms: words in lower case with
 * their accents folded ("cliënt" is "client", "café" is "cafe"), Dutch stop words left out, and
 * each word stemmed, so that "adviseurs" finds "adviseur" and "organisaties" finds "organisatie".
 *
 * <p>Lucene's own DutchAnalyzer stems with the same Snowball stemmer, but does not fold accents
 * and leaves plural forms apart that are common on a consultancy site (see {@link DutchWordForms}).
 * The stop words are checked before folding, as the list spells them.
 */
final class DutchTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(words);
        stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
        stream = new ASCIIFoldingFilter(stream);
        stream = new DutchWordForms(stream);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
