package nl.kompas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of the sample content and of typical searches meet in one term, and only those that should. */
class DutchTextAnalyzerTest {

    private final Analyzer analyzer = new DutchTextAnalyzer();

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
        "adviseurs, adviseur",
        "organisaties, organisatie",
        "ontwikkelingen, ontwikkeling",
        "opleidingen, opleiding",
        "teams, team",
        "consultants, consultant",
        "consultanten, consultant",
        "diensten, dienst",
        "projecten, project",
        "gemeenten, gemeente",
        "professionals, professional",
        "intervisies, intervisie",
        "vaardigheden, vaardigheid",
        "medewerkers, medewerker",
        "samenwerken, samenwerking",
        "veranderingen, verandering",
        "gesprekken, gesprek",
        "opdrachtgevers, opdrachtgever",
        "categorieën, categorie",
        "ideeën, idee",
        "coaching, coach",
        "coaches, coach",
        "teamcoaching, teamcoach",
        "foto's, foto",
        "Adviseur, adviseur"
    })
    void formsOfOneWordMeet(String form, String word) {
        assertEquals(terms(word), terms(form));
        assertEquals(1, terms(form).size(), form + " is one term");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"cliënt, client", "café, cafe", "Reflectie, reflectie", "CLIËNTEN, clienten", "ideeën, ideeen"})
    void accentsAndCapitalsDoNotMatter(String written, String typed) {
        assertEquals(terms(written), terms(typed));
    }

    @Test
    void differentWordsStayApart() {
        assertNotEquals(terms("gemeente"), terms("meente"));
        assertNotEquals(terms("gesprek"), terms("sprek"));
        assertNotEquals(terms("advies"), terms("adviseur"));
        assertNotEquals(terms("team"), terms("teamcoaching"));
        assertNotEquals(terms("leiderschap"), terms("leider"));
    }

    @Test
    void stopWordsAreLeftOut() {
        assertEquals(terms("adviseur organisatie"), terms("de adviseur en het organisatie van een"));
        assertEquals(List.of(), terms("de het een"));
    }

    @Test
    void punctuationSplitsWords() {
        assertEquals(terms("zelf sturend team"), terms("zelf-sturend (team)!"));
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
