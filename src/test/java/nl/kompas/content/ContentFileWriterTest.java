package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer writes, the parser reads back exactly, however awkward the text. */
class ContentFileWriterTest {

    @Test
    void awkwardTextComesBackExactly() {
        String title = "Waarom \"nee\" zeggen: een #vak apart – 100% eerlijk? Ja!";
        String summary = "Regel één\nregel twee, met 'enkele' en \"dubbele\" aanhalingstekens \\ en: dubbele punt";
        String text = new ContentFileWriter()
                .put("title", title)
                .put("summary", summary)
                .put("tags", List.of("Leren & ontwikkelen", "a: b", "[haakjes]", "true"))
                .write("Tekst met --- in de regel.\n");

        ContentFile file = ContentFile.parse("articles/x.md", text);

        assertEquals(title, file.frontMatter().requiredText("title"));
        assertEquals(summary, file.frontMatter().requiredText("summary").replace("\r\n", "\n"));
        assertEquals(
                List.of("Leren & ontwikkelen", "a: b", "[haakjes]", "true"),
                file.frontMatter().list("tags"));
        assertEquals("Tekst met --- in de regel.\n", file.body());
    }

    @Test
    void datesNumbersAndStatusAreWrittenAsAPersonWritesThem() {
        String text = new ContentFileWriter()
                .put("title", "Titel")
                .put("date", LocalDate.of(2025, 3, 25))
                .put("part", 2)
                .status(PublicationStatus.PUBLISHED)
                .flag("featured", true)
                .write("Tekst");

        assertEquals(
                "---\ntitle: Titel\ndate: 2025-03-25\npart: 2\nstatus: published\nfeatured: true\n---\nTekst\n", text);
        ContentFile file = ContentFile.parse("cases/x.md", text);
        assertEquals(LocalDate.of(2025, 3, 25), file.frontMatter().requiredDate("date"));
        assertEquals(2, file.frontMatter().number("part").orElseThrow());
        assertEquals(PublicationStatus.PUBLISHED, file.frontMatter().status("status"));
    }

    @Test
    void emptyValuesAndUnsetFlagsAreLeftOut() {
        String text = new ContentFileWriter()
                .put("title", "Titel")
                .put("summary", "  ")
                .put("tags", List.of())
                .put("image", null)
                .flag("featured", false)
                .write("");

        assertEquals("---\ntitle: Titel\n---\n", text);
        assertFalse(ContentFile.parse("x.md", text).frontMatter().has("summary"));
    }

    @Test
    void listsOfEntriesKeepTheirKeys() {
        String text = new ContentFileWriter()
                .put("title", "Titel")
                .put(
                        "quotes",
                        List.of(
                                ContentFileWriter.entry("text", "Het werkt: eindelijk.", "by", "Daan, directeur"),
                                ContentFileWriter.entry("text", "Tweede", "by", "Nadia")))
                .write("x");

        List<FrontMatter.Entry> quotes =
                ContentFile.parse("cases/x.md", text).frontMatter().entries("quotes");
        assertEquals("Het werkt: eindelijk.", quotes.get(0).text("text").orElseThrow());
        assertEquals("Daan, directeur", quotes.get(0).text("by").orElseThrow());
        assertEquals("Nadia", quotes.get(1).text("by").orElseThrow());
    }
}
