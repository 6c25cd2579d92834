package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.kompas.platform.web.SiteLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting a file into front matter and body; line numbers count the opening "---" as line 1. */
class ContentFileTest {

    private static final String PATH = "articles/x.md";

    private static ContentFileException failure(String text) {
        return assertThrows(ContentFileException.class, () -> ContentFile.parse(PATH, text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Gewoon tekst zonder front matter.",
                "title: x\n---\nbody",
                "\n---\ntitle: x\n---\nbody",
                "# Kop\n\n---\ntitle: x\n---\n"
            })
    void fileWithoutFrontMatterFailsOnLineOne(String text) {
        ContentFileException e = failure(text);

        assertEquals(PATH, e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("front matter"), e.getMessage());
        assertEquals(PATH + ":1: " + e.getMessage(), e.describe());
    }

    @Test
    void unclosedFrontMatterFailsOnLineOneAndAsksForTheClosingLine() {
        ContentFileException e = failure("---\ntitle: Hallo\ndate: 2025-03-25\n\nDe tekst begint hier.\n");

        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("closing \"---\""), e.getMessage());
    }

    @Test
    void invalidYamlFailsWithinTheFrontMatterAndSaysSo() {
        ContentFileException e = failure("---\ntitle: \"unclosed\ndate: 2025-03-25\n---\nbody\n");

        assertTrue(e.getMessage().startsWith("the front matter is not valid YAML"), e.getMessage());
        assertTrue(e.line() >= 2 && e.line() <= 4, "a line of the front matter, not " + e.line());
    }

    @Test
    void unclosedQuoteIsReportedOnItsOwnLine() {
        ContentFileException e = failure("---\ntitle: \"unclosed\ndate: 2025-03-25\n---\nbody\n");

        assertEquals(2, e.line(), e.describe());
    }

    @Test
    void lineWithoutColonIsReportedOnItsOwnLine() {
        ContentFileException e = failure("---\ntitle: x\ndit is geen veld\nslug: y\n---\nbody\n");

        assertEquals(3, e.line(), e.describe());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // text (\n written as \\n)                      | line
                "---\\ntitle: x\\n  bad: indent\\n---\\nbody     | 3",
                "---\\ntitle: x\\ndate: 2025-01-01\\n\\n: leeg\\n---\\n | 5",
                "---\\ntitle: x\\ntags: [a, b]]\\n---\\n         | 3",
            })
    void invalidYamlNamesTheLineOfTheProblem(String text, int line) {
        ContentFileException e = failure(text.strip().replace("\\n", "\n"));

        assertTrue(e.getMessage().startsWith("the front matter is not valid YAML: "), e.getMessage());
        assertTrue(e.getMessage().length() > "the front matter is not valid YAML: ".length(), "says what is wrong");
        assertEquals(line, e.line(), e.describe());
    }

    @Test
    void frontMatterThatIsNotKeyValueFails() {
        ContentFileException e = failure("---\nalleen tekst\n---\nbody");

        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("key: value"), e.getMessage());
    }

    @Test
    void frontMatterAsAListFails() {
        ContentFileException e = failure("---\n- a\n- b\n---\nbody");

        assertEquals(2, e.line());
    }

    @Test
    void emptyFrontMatterIsAcceptedButHasNoFields() {
        ContentFile file = ContentFile.parse(PATH, "---\n---\nDe tekst.");

        assertEquals("De tekst.", file.body());
        ContentFileException e = assertThrows(
                ContentFileException.class, () -> file.frontMatter().requiredText("title"));
        assertEquals(1, e.line());
    }

    @Test
    void bodyAfterFrontMatterIsReturnedIntact() {
        String body = "\n# Kop\n\nEen alinea met --- streepjes.\n\n---\n\nNa de lijn: *nadruk*  \n\n    code\n";
        ContentFile file = ContentFile.parse(PATH, "---\ntitle: Hallo\n---\n" + body);

        assertEquals(body, file.body());
        assertEquals("Hallo", file.frontMatter().requiredText("title"));
        assertEquals(PATH, file.path());
    }

    @Test
    void frontMatterWithoutBodyGivesEmptyBody() {
        assertEquals("", ContentFile.parse(PATH, "---\ntitle: x\n---").body());
        assertEquals("", ContentFile.parse(PATH, "---\ntitle: x\n---\n").body());
    }

    @Test
    void fenceMayHaveTrailingSpaces() {
        ContentFile file = ContentFile.parse(PATH, "---  \ntitle: x\n--- \t\nbody");

        assertEquals("x", file.frontMatter().requiredText("title"));
        assertEquals("body", file.body());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        ContentFile file = ContentFile.parse(PATH, "\uFEFF---\ntitle: Één\ndate: gisteren\n---\nbody");

        assertEquals("Één", file.frontMatter().requiredText("title"));
        assertEquals("body", file.body());
        ContentFileException e = assertThrows(
                ContentFileException.class, () -> file.frontMatter().requiredDate("date"));
        assertEquals(3, e.line(), "the BOM does not shift line numbers");
    }

    @Test
    void crlfLineEndingsWork() {
        ContentFile file = ContentFile.parse(
                PATH,
                "---\r\ntitle: Hallo\r\nauthors:\r\n  - anne\r\n  - bram\r\ndate: nee\r\n---\r\nRegel 1\r\nRegel 2\r\n");

        assertEquals("Hallo", file.frontMatter().requiredText("title"));
        assertEquals(List.of("anne", "bram"), file.frontMatter().list("authors"));
        assertEquals("Regel 1\r\nRegel 2\r\n", file.body());
        ContentFileException e = assertThrows(
                ContentFileException.class, () -> file.frontMatter().requiredDate("date"));
        assertEquals(6, e.line(), "CRLF counts as one line break");
    }

    @ParameterizedTest
    @CsvSource({
        "articles/mijn-artikel.md, mijn-artikel",
        "cases/gemeente-x.MD, gemeente-x",
        "mijn-artikel.md, mijn-artikel",
        "consultants/anne-de-vries.md, anne-de-vries",
    })
    void slugDefaultsToFileName(String path, String slug) {
        assertEquals(slug, ContentFile.parse(path, "---\ntitle: x\n---\n").slug());
    }

    @Test
    void slugFromFrontMatterWinsOverFileName() {
        assertEquals(
                "ander-artikel",
                ContentFile.parse("articles/mijn-artikel.md", "---\nslug: ander-artikel\n---\n")
                        .slug());
    }

    @Test
    void invalidSlugSuggestsAValidOne() {
        ContentFile file = ContentFile.parse(PATH, "---\ntitle: x\nslug: Hallo Wereld\n---\n");

        ContentFileException e = assertThrows(ContentFileException.class, file::slug);

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'Hallo Wereld' is not a valid slug"), e.getMessage());
        assertTrue(e.getMessage().contains("'hallo-wereld'"), "suggests the slug: " + e.getMessage());
    }

    @Test
    void invalidFileNameAsSlugSuggestsAValidOne() {
        ContentFile file = ContentFile.parse("articles/Mijn Artikel.md", "---\ntitle: x\n---\n");

        ContentFileException e = assertThrows(ContentFileException.class, file::slug);

        assertEquals("articles/Mijn Artikel.md", e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("'mijn-artikel'"), e.getMessage());
    }

    @Test
    void slugThatAnotherItemHasIsRefusedOnTheSlugLine() {
        ContentFile file = ContentFile.parse(PATH, "---\ntitle: x\nslug: leren\n---\n");

        ContentFileException e =
                assertThrows(ContentFileException.class, () -> file.unusedSlug("article", "leren"::equals));

        assertEquals(PATH + ":3: another article already has the slug 'leren'", e.describe());
        assertEquals("leren", file.unusedSlug("article", slug -> false));
    }

    @Test
    void errorNamesTheLineOfTheKey() {
        ContentFile file = ContentFile.parse(PATH, "---\ntitle: x\n\nauthors: [onbekend]\n---\n");

        ContentFileException e = file.error("authors", "there is no consultant with the slug 'onbekend'");

        assertEquals(PATH + ":4: there is no consultant with the slug 'onbekend'", e.describe());
        assertEquals(1, file.error("missing", "r").line(), "a missing key blames the opening line");
    }

    @Test
    void unknownKeyIsLoggedWithItsLineAndTheKnownKeys() {
        ContentFile file = ContentFile.parse(PATH, "---\ntitle: x\n\nauhtors: [anne-de-vries]\n---\nTekst.");

        List<LogRecord> log = logOf(() -> file.warnAboutUnknownKeys(List.of("title", "authors", "date")));

        assertEquals(1, log.size(), "one warning, for the one unknown key");
        assertEquals(Level.WARNING, log.get(0).getLevel());
        assertEquals(
                PATH + ":4: unknown key 'auhtors' is ignored; the keys of this kind of file are: title, authors, date",
                log.get(0).getMessage());
        assertEquals("x", file.frontMatter().requiredText("title"), "the rest of the file is read as usual");
    }

    @Test
    void everyUnknownKeyIsLoggedOnTheLineOfTheKeyEvenBeforeABlockList() {
        ContentFile file = ContentFile.parse(PATH, "---\ntitel: x\ntags:\n  - a\n  - b\nauhtors:\n  - anne\n---\n");

        List<String> messages = logOf(() -> file.warnAboutUnknownKeys(List.of("title", "tags", "authors"))).stream()
                .map(LogRecord::getMessage)
                .toList();

        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith(PATH + ":2: unknown key 'titel'"), messages.get(0));
        assertTrue(messages.get(1).startsWith(PATH + ":6: unknown key 'auhtors'"), messages.get(1));
    }

    @Test
    void knownKeysAreNotLogged() {
        ContentFile file = ContentFile.parse(PATH, "---\ntitle: x\nauthors: [a]\n---\n");

        assertEquals(List.of(), logOf(() -> file.warnAboutUnknownKeys(List.of("title", "authors", "date"))));
    }

    private static List<LogRecord> logOf(Runnable action) {
        Logger logger = Logger.getLogger(ContentFile.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                records.add(logRecord);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }

    @Test
    void describeUsesFileLineReasonForm() {
        ContentFileException e = new ContentFileException("articles/x.md", 4, "date 'morgen' is not a date");

        assertEquals("articles/x.md:4: date 'morgen' is not a date", e.describe());
        assertEquals("date 'morgen' is not a date", e.reason());
        assertEquals("articles/x.md", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void describeLeavesOutLineZero() {
        assertEquals(
                "articles/x.md: cannot read the file",
                new ContentFileException("articles/x.md", 0, "cannot read the file").describe());
    }

    @Test
    void aFileIsDutchUnlessItSaysEnglish() {
        assertEquals(
                SiteLanguage.NL, ContentFile.parse(PATH, "---\ntitle: A\n---\n").language());
        assertEquals(
                SiteLanguage.EN,
                ContentFile.parse(PATH, "---\nlanguage: en\n---\n").language());
    }

    @Test
    void anUnknownLanguageIsAClearErrorOnItsLine() {
        ContentFile file = ContentFile.parse(PATH, "---\ntitle: A\nlanguage: de\n---\n");
        ContentFileException error = assertThrows(ContentFileException.class, file::language);
        assertEquals(3, error.line());
        assertTrue(error.reason().contains("'de'"), error.reason());
    }

    @Test
    void theTranslationIsTheSlugTheFileNames() {
        assertEquals(
                java.util.Optional.of("intervisie"),
                ContentFile.parse(PATH, "---\ntranslation: intervisie\n---\n").translation());
        assertTrue(ContentFile.parse(PATH, "---\ntitle: A\n---\n").translation().isEmpty());
    }
}
