package nl.kompas.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings word forms that Snowball's Dutch stemmer leaves apart to one form before it stems them.
 * The stemmer handles "adviseurs" and "opleidingen" well, but keeps "organisaties" apart from
 * "organisatie", "categorieën" from "categorie", and the English loan words consultancy writes
 * with ("coaching", "coaches") apart from "coach"; "foto's" keeps its apostrophe. Expects lower
 * case, ASCII-folded terms.
 */
final class DutchWordForms extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    DutchWordForms(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String normal = normalise(word);
        if (!normal.equals(word)) {
            term.setEmpty().append(normal);
        }
        return true;
    }

    /** The one form of a lower-case, accent-free word that the stemmer then stems. */
    static String normalise(String word) {
        String w = word;
        // "foto's", "cv's", "auto's": the apostrophe plural of words ending in a vowel.
        if (w.endsWith("'s") && w.length() > 3) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        // "categorieën" and "ideeën", folded to "categorieen" and "ideeen".
        if ((w.endsWith("ieen") || w.endsWith("eeen")) && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        // "organisaties", "intervisies", "reflecties": the stemmer keeps the s after a vowel.
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 1);
        }
        // English loan words: "coaching" and "coaches" are about a "coach".
        if (w.endsWith("ching") && w.length() > 6) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ches") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }
}
