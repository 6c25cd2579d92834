package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed accessors of front matter. Every file here is "---", the given lines, "---", a body;
 * so the first field is on line 2.
 */
class FrontMatterTest {

    private static final String PATH = "articles/x.md";

    private static FrontMatter fields(String... lines) {
        return ContentFile.parse(PATH, "---\n" + String.join("\n", lines) + "\n---\nDe tekst.\n")
                .frontMatter();
    }

    private static ContentFileException failure(Executable executable) {
        return assertThrows(ContentFileException.class, executable);
    }

    @Test
    void requiredTextReturnsTrimmedValue() {
        assertEquals(
                "Leren van je praktijk",
                fields("title: \"  Leren van je praktijk  \"").requiredText("title"));
    }

    @Test
    void missingTitleFailsOnTheOpeningLine() {
        FrontMatter fields = fields("date: 2025-03-25", "status: published");

        ContentFileException e = failure(() -> fields.requiredText("title"));

        assertEquals(PATH, e.file());
        assertEquals(1, e.line());
        assertEquals("'title' is missing; every item needs one", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:", "title: \"\"", "title: '   '"})
    void blankTitleCountsAsMissing(String line) {
        FrontMatter fields = fields("date: 2025-03-25", line);

        ContentFileException e = failure(() -> fields.requiredText("title"));

        assertTrue(e.getMessage().contains("'title' is missing"), e.getMessage());
        assertFalse(fields.has("title"));
    }

    @Test
    void textIsEmptyForMissingKey() {
        assertEquals(Optional.empty(), fields("title: x").text("summary"));
    }

    @Test
    void valuesAreNotConvertedBehindOurBack() {
        FrontMatter fields = fields("title: 2025", "type: yes", "version: 1.10", "date: 2025-03-25");

        assertEquals("2025", fields.requiredText("title"));
        assertEquals("yes", fields.requiredText("type"));
        assertEquals("1.10", fields.requiredText("version"));
        assertEquals("2025-03-25", fields.requiredText("date"));
    }

    @Test
    void validDateIsParsed() {
        assertEquals(
                LocalDate.of(2025, 3, 25),
                fields("title: x", "date: 2025-03-25").requiredDate("date"));
        assertEquals(LocalDate.of(2024, 2, 29), fields("date: \"2024-02-29\"").requiredDate("date"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gisteren",
                "2025-13-45",
                "2025-02-30",
                "25-03-2025",
                "2025-3-5",
                "2025/03/25",
                "2025-03-25T10:00"
            })
    void dateThatIsNotOneFailsOnItsLine(String value) {
        FrontMatter fields = fields("title: x", "", "date: " + value, "status: published");

        ContentFileException e = failure(() -> fields.requiredDate("date"));

        assertEquals(4, e.line(), e.describe());
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("not a date"), e.getMessage());
        assertTrue(e.getMessage().contains("YYYY-MM-DD"), "says how to write it: " + e.getMessage());
    }

    @Test
    void missingDateFailsAsMissing() {
        ContentFileException e = failure(() -> fields("title: x").requiredDate("date"));

        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("'date' is missing"), e.getMessage());
    }

    @Test
    void numberIsParsed() {
        FrontMatter fields = fields("part: 2", "order: \"3\"");

        assertEquals(Optional.of(2), fields.number("part"));
        assertEquals(Optional.of(3), fields.number("order"));
        assertEquals(Optional.empty(), fields.number("missing"));
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "ja, true", "Nee, false", "yes, true"})
    void flagIsReadAsYesOrNo(String value, boolean expected) {
        assertEquals(expected, fields("featured: " + value).flag("featured"));
    }

    @Test
    void absentFlagIsNo() {
        assertEquals(false, fields("title: x").flag("featured"));
    }

    @Test
    void otherFlagValueFailsOnItsLine() {
        ContentFileException e =
                failure(() -> fields("title: x", "featured: misschien").flag("featured"));

        assertEquals(3, e.line(), e.describe());
        assertEquals("'featured' is 'misschien'; use true or false", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"een", "1.5", "2a", "II"})
    void nonNumberPartFailsOnItsLine(String value) {
        FrontMatter fields = fields("title: x", "series: Serie", "part: " + value);

        ContentFileException e = failure(() -> fields.number("part"));

        assertEquals(4, e.line());
        assertEquals("'part' is '" + value + "', which is not a whole number", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "draft, DRAFT",
        "Draft, DRAFT",
        "concept, DRAFT",
        "published, PUBLISHED",
        "PUBLISHED, PUBLISHED",
        "gepubliceerd, PUBLISHED"
    })
    void statusIsRead(String value, PublicationStatus expected) {
        assertEquals(expected, fields("status: " + value).status("status"));
    }

    @Test
    void missingStatusMeansPublished() {
        assertEquals(PublicationStatus.PUBLISHED, fields("title: x").status("status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"klaar", "live", "drafts", "0"})
    void invalidStatusFailsOnItsLine(String value) {
        FrontMatter fields = fields("title: x", "status: " + value);

        ContentFileException e = failure(() -> fields.status("status"));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("'draft', 'in-review', 'scheduled' or 'published'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"in-review,IN_REVIEW", "Ter-beoordeling,IN_REVIEW", "scheduled,SCHEDULED", "gepland,SCHEDULED"})
    void workflowStatusesAreReadInEnglishAndDutch(String value, PublicationStatus status) {
        assertEquals(status, fields("title: x", "status: " + value).status("status"));
    }

    @Test
    void aMomentNeedsItsOffset() {
        assertEquals(
                Instant.parse("2026-12-01T09:00:00Z"),
                fields("publish_at: 2026-12-01T10:00:00+01:00").requiredInstant("publish_at"));
        assertEquals(
                Instant.parse("2026-12-01T09:00:00Z"),
                fields("publish_at: 2026-12-01T09:00:00Z").requiredInstant("publish_at"));

        ContentFileException e =
                failure(() -> fields("title: x", "publish_at: 2026-12-01 09:00").requiredInstant("publish_at"));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("2026-12-01T09:00:00Z"), e.getMessage());
    }

    /** The line is that of the value: the key's line for [a, b], the first item's line for a block list. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"title: [Een, Twee]|3", "title:\\n  - Een\\n  - Twee|4", "title:\\n  nl: Een|4"})
    void listOrMapWhereSingleValueExpectedFails(String lines, int line) {
        FrontMatter fields = fields("date: 2025-03-25", lines.replace("\\n", "\n"));

        ContentFileException e = failure(() -> fields.requiredText("title"));

        assertEquals(line, e.line(), e.describe());
        assertEquals("'title' must be a single value, not a list", e.getMessage());
    }

    @Test
    void listIsRead() {
        FrontMatter fields =
                fields("authors: [anne-de-vries, ilse-bakker]", "tags:", "  - Reflectie", "  - Intervisie");

        assertEquals(List.of("anne-de-vries", "ilse-bakker"), fields.list("authors"));
        assertEquals(List.of("Reflectie", "Intervisie"), fields.list("tags"));
    }

    @Test
    void singleValueWhereListExpectedIsAListOfOne() {
        FrontMatter fields = fields("authors: anne-de-vries", "tags: \"Projectmatig werken\"");

        assertEquals(List.of("anne-de-vries"), fields.list("authors"));
        assertEquals(List.of("Projectmatig werken"), fields.list("tags"));
    }

    @Test
    void missingOrEmptyListIsEmpty() {
        FrontMatter fields = fields("tags:", "authors: []", "categories: [\"\", \" \"]");

        assertEquals(List.of(), fields.list("tags"));
        assertEquals(List.of(), fields.list("authors"));
        assertEquals(List.of(), fields.list("categories"));
        assertEquals(List.of(), fields.list("missing"));
    }

    @Test
    void nestedListItemFailsOnItsLine() {
        FrontMatter fields = fields("title: x", "authors:", "  - anne", "  - [bram, ilse]");

        ContentFileException e = failure(() -> fields.list("authors"));

        assertEquals(5, e.line());
        assertEquals("every item of 'authors' must be a single value", e.getMessage());
    }

    @Test
    void duplicateKeyFailsOnTheSecondOccurrence() {
        ContentFileException e = failure(() -> fields("title: Een", "date: 2025-03-25", "title: Twee"));

        assertEquals(PATH, e.file());
        assertEquals(4, e.line());
        assertEquals("'title' appears twice in the front matter", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hallo Wereld|hallo-wereld",
                "Mijn_Artikel|mijn-artikel",
                "café-over-ideeën|cafe-over-ideeen",
                "-voorloop-|voorloop"
            })
    void invalidSlugFailsWithASuggestion(String slug, String suggestion) {
        FrontMatter fields = fields("title: x", "slug: \"" + slug + "\"");

        ContentFileException e = failure(() -> fields.slug("slug", "fallback"));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'" + slug + "' is not a valid slug"), e.getMessage());
        assertTrue(e.getMessage().contains("such as '" + suggestion + "'"), e.getMessage());
    }

    @Test
    void slugFallsBackWhenMissing() {
        assertEquals("uit-bestandsnaam", fields("title: x").slug("slug", "uit-bestandsnaam"));
        assertEquals("eigen-slug", fields("slug: eigen-slug").slug("slug", "uit-bestandsnaam"));
    }

    @Test
    void entriesAreReadWithTheirLines() {
        FrontMatter fields = fields(
                "title: Case",
                "quotes:",
                "  - text: \"Voor het eerst besloten we samen.\"",
                "    by: \"Hanneke Brouwer\"",
                "  - text: Minder overleg",
                "    by: Karin Mulder");

        List<FrontMatter.Entry> quotes = fields.entries("quotes");

        assertEquals(2, quotes.size());
        assertEquals(4, quotes.get(0).line());
        assertEquals(
                Map.of("text", "Voor het eerst besloten we samen.", "by", "Hanneke Brouwer"),
                quotes.get(0).values());
        assertEquals(6, quotes.get(1).line());
        assertEquals(Optional.of("Karin Mulder"), quotes.get(1).text("by"));
    }

    @Test
    void entryWithMissingFieldsShowsThemAsEmpty() {
        FrontMatter fields = fields(
                "title: Case",
                "quotes:",
                "  - text: \"Alleen tekst\"",
                "  - by: \"Alleen naam\"",
                "  - text: \"\"",
                "    by: Leeg");

        List<FrontMatter.Entry> quotes = fields.entries("quotes");

        assertEquals(3, quotes.size());
        assertEquals(Optional.empty(), quotes.get(0).text("by"));
        assertEquals(4, quotes.get(0).line());
        assertEquals(Optional.empty(), quotes.get(1).text("text"));
        assertEquals(5, quotes.get(1).line());
        assertEquals(Optional.empty(), quotes.get(2).text("text"), "blank counts as missing");
        assertEquals(6, quotes.get(2).line());
    }

    @Test
    void entryThatIsNotAMapFailsOnItsLine() {
        FrontMatter fields = fields("title: Case", "quotes:", "  - text: a", "    by: b", "  - \"Alleen een zin\"");

        ContentFileException e = failure(() -> fields.entries("quotes"));

        assertEquals(6, e.line());
        assertEquals("every item of 'quotes' must have named fields", e.getMessage());
    }

    @Test
    void entryWithNestedFieldFailsOnItsLine() {
        FrontMatter fields = fields("title: Case", "quotes:", "  - text: [a, b]", "    by: c");

        ContentFileException e = failure(() -> fields.entries("quotes"));

        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("single values"), e.getMessage());
    }

    @Test
    void entriesThatAreNotAListFailOnTheirLine() {
        FrontMatter fields = fields("title: Case", "quotes: \"Een losse zin\"");

        ContentFileException e = failure(() -> fields.entries("quotes"));

        assertEquals(3, e.line());
        assertEquals("'quotes' must be a list", e.getMessage());
        assertEquals(List.of(), fields("title: x").entries("quotes"));
    }

    @Test
    void lineOfGivesFileLines() {
        FrontMatter fields =
                fields("# commentaar", "title: x", "", "summary: >", "  lang", "  verhaal", "date: 2025-01-01");

        assertEquals(3, fields.lineOf("title"));
        assertEquals(5, fields.lineOf("summary"));
        assertEquals(8, fields.lineOf("date"));
        assertEquals(1, fields.lineOf("missing"));
    }

    @Test
    void hasIsFalseForMissingAndBlank() {
        FrontMatter fields = fields("series: Serie", "image:", "tags: []");

        assertTrue(fields.has("series"));
        assertFalse(fields.has("image"));
        assertFalse(fields.has("missing"));
    }

    @Test
    void imageOfThisSiteIsAccepted() {
        FrontMatter fields = fields("title: x", "image: /media/foto.jpg");

        assertEquals(Optional.of("/media/foto.jpg"), fields.sitePath("image"));
        assertEquals(Optional.empty(), fields.sitePath("photo"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://cdn.example/foto.jpg",
                "http://cdn.example/foto.jpg",
                "//cdn.example/foto.jpg",
                "/\\cdn.example/foto.jpg",
                "media/foto.jpg",
                "foto.jpg",
                "/media/mijn foto.jpg",
                "data:image/png;base64,AAAA"
            })
    void imageFromAnotherSiteIsRefusedOnItsLine(String address) {
        FrontMatter fields = fields("title: x", "image: '" + address + "'");

        ContentFileException e = failure(() -> fields.sitePath("image"));

        assertEquals(3, e.line(), e.describe());
        assertTrue(e.getMessage().contains("'image' is '" + address + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("/media/foto.jpg"), "shows how to write it: " + e.getMessage());
    }

    @Test
    void yamlAliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'p'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append("]\n");
        }

        ContentFileException e =
                assertThrows(ContentFileException.class, () -> ContentFile.parse(PATH, "---\n" + yaml + "---\nbody"));

        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }
}
