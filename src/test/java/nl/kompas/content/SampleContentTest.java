package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kompas.article.ArticleFile;
import nl.kompas.casestudy.CaseStudyFile;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.offering.OfferingFile;
import nl.kompas.platform.web.SiteLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample content in content/ at the top of the project (Maven runs tests from the project
 * folder): every file parses, and the sample set shows what the site can do.
 */
class SampleContentTest {

    private static final Path CONTENT = Path.of("content");
    private static final List<String> FOLDERS = List.of("articles", "cases", "services", "consultants");

    /** Paths inside the content folder, such as "articles/leren.md". */
    static Stream<String> contentFiles() {
        List<String> paths = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(CONTENT.resolve(folder))) {
                files.filter(path -> path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path))
                        .map(path -> folder + "/" + path.getFileName())
                        .sorted()
                        .forEach(paths::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths.stream();
    }

    private static ContentFile parse(String path) {
        try {
            return ContentFile.parse(path, Files.readString(CONTENT.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ContentFile> folder(String folder) {
        return contentFiles()
                .filter(path -> path.startsWith(folder + "/"))
                .map(SampleContentTest::parse)
                .toList();
    }

    private static Set<String> slugs(String folder) {
        return folder(folder).stream().map(ContentFile::slug).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @MethodSource("contentFiles")
    void fileParsesAndHasAValidSlug(String path) {
        ContentFile file = parse(path);

        String slug = file.slug();
        assertTrue(Slug.isValid(slug), slug);
        assertFalse(file.body().isBlank(), path + " has a body");
        file.frontMatter().status("status");
    }

    @ParameterizedTest
    @MethodSource("contentFiles")
    void requiredFieldsAreReadable(String path) {
        FrontMatter fields = parse(path).frontMatter();

        switch (path.substring(0, path.indexOf('/'))) {
            case "articles" -> {
                fields.requiredText("title");
                fields.requiredDate("date");
                fields.number("part");
                if (fields.has("image")) {
                    fields.requiredText("image_alt");
                }
            }
            case "cases" -> {
                fields.requiredText("title");
                fields.requiredText("client");
                fields.requiredDate("date");
            }
            case "services" -> {
                fields.requiredText("title");
                fields.requiredText("section");
                fields.number("order");
            }
            default -> fields.requiredText("name");
        }
    }

    /** The sample files are what authors copy, so they must not teach a key the loaders ignore. */
    @ParameterizedTest
    @MethodSource("contentFiles")
    void everyKeyIsOneTheLoaderKnows(String path) {
        List<String> known = switch (path.substring(0, path.indexOf('/'))) {
            case "articles" -> ArticleFile.KEYS;
            case "cases" -> CaseStudyFile.KEYS;
            case "services" -> OfferingFile.KEYS;
            default -> ConsultantFile.KEYS;
        };

        assertEquals(Map.of(), parse(path).frontMatter().unknownKeys(known));
    }

    @Test
    void thereAreSampleFilesInEveryFolder() {
        for (String folder : FOLDERS) {
            assertFalse(folder(folder).isEmpty(), folder);
        }
    }

    @Test
    void slugsAreUniquePerFolder() {
        for (String folder : FOLDERS) {
            assertEquals(folder(folder).size(), slugs(folder).size(), "duplicate slug in " + folder);
        }
    }

    @Test
    void atLeastSixArticles() {
        assertTrue(
                folder("articles").size() >= 6,
                "articles: " + folder("articles").size());
    }

    @Test
    void exactlyOneArticleIsADraft() {
        List<String> drafts = folder("articles").stream()
                .filter(file -> file.frontMatter().status("status") == PublicationStatus.DRAFT)
                .map(ContentFile::path)
                .toList();

        assertEquals(1, drafts.size(), "drafts: " + drafts);
    }

    @Test
    void aSeriesHasPartsOneAndTwo() {
        Map<String, Set<Integer>> parts = new TreeMap<>();
        for (ContentFile file : folder("articles")) {
            FrontMatter fields = file.frontMatter();
            if (fields.has("series")) {
                parts.computeIfAbsent(fields.requiredText("series"), series -> new TreeSet<>())
                        .add(fields.number("part").orElseThrow(() -> file.error("series", "no part")));
            }
        }

        assertTrue(parts.values().stream().anyMatch(numbers -> numbers.containsAll(Set.of(1, 2))), "series: " + parts);
    }

    @Test
    void anArticleHasTwoAuthors() {
        assertTrue(folder("articles").stream()
                .anyMatch(file -> file.frontMatter().list("authors").size() >= 2));
    }

    @Test
    void atLeastThreeCasesEachWithAQuote() {
        List<ContentFile> cases = folder("cases");

        assertTrue(cases.size() >= 3, "cases: " + cases.size());
        for (ContentFile file : cases) {
            List<FrontMatter.Entry> quotes = file.frontMatter().entries("quotes");
            assertFalse(quotes.isEmpty(), file.path() + " has a quote");
            for (FrontMatter.Entry quote : quotes) {
                assertTrue(quote.text("text").isPresent(), file.path() + ":" + quote.line() + " quote has text");
                assertTrue(quote.text("by").isPresent(), file.path() + ":" + quote.line() + " quote has 'by'");
            }
        }
    }

    @Test
    void englishItemsTranslateDutchOnesOfTheirFolder() {
        Map<String, Integer> least = Map.of("articles", 2, "cases", 1, "services", 2);
        least.forEach((folder, count) -> {
            List<ContentFile> english = folder(folder).stream()
                    .filter(file -> file.language() == SiteLanguage.EN)
                    .toList();
            assertTrue(english.size() >= count, folder + ": " + english.size() + " in English");
            for (ContentFile file : english) {
                String named = file.translation().orElseThrow(() -> file.error("language", "names no translation"));
                ContentFile dutch = folder(folder).stream()
                        .filter(other -> other.slug().equals(named))
                        .findFirst()
                        .orElseThrow(() -> file.error("translation", named + " is not in " + folder));
                assertEquals(SiteLanguage.NL, dutch.language(), file.path());
                if (folder.equals("articles")) {
                    for (String key : List.of("authors", "categories", "tags")) {
                        assertEquals(
                                dutch.frontMatter().list(key),
                                file.frontMatter().list(key),
                                file.path() + " " + key);
                    }
                }
            }
        });
    }

    @Test
    void atLeastFourServicesInTwoSections() {
        List<ContentFile> services = folder("services");
        Set<String> sections = services.stream()
                .map(file -> file.frontMatter().requiredText("section"))
                .collect(Collectors.toSet());

        assertTrue(services.size() >= 4, "services: " + services.size());
        assertTrue(sections.size() >= 2, "sections: " + sections);
    }

    @Test
    void atLeastFourConsultants() {
        assertTrue(
                folder("consultants").size() >= 4,
                "consultants: " + folder("consultants").size());
    }

    /** The loaders refuse a reference to a slug that does not exist; so must the sample set. */
    @Test
    void referencesPointToExistingItems() {
        Set<String> consultants = slugs("consultants");
        Set<String> services = slugs("services");
        Set<String> cases = slugs("cases");
        List<String> broken = new ArrayList<>();

        for (ContentFile file : folder("articles")) {
            check(file, "authors", consultants, broken);
        }
        for (ContentFile file : folder("cases")) {
            check(file, "services", services, broken);
            check(file, "consultants", consultants, broken);
        }
        for (ContentFile file : folder("services")) {
            check(file, "cases", cases, broken);
        }
        for (ContentFile file : folder("consultants")) {
            check(file, "services", services, broken);
        }

        assertEquals(List.of(), broken);
    }

    @Test
    void publishedArticlesHaveAuthors() {
        for (ContentFile file : folder("articles")) {
            if (file.frontMatter().status("status") == PublicationStatus.PUBLISHED) {
                assertFalse(file.frontMatter().list("authors").isEmpty(), file.path());
            }
        }
    }

    @Test
    void imagesReferToSampleMedia() {
        for (ContentFile file : folder("articles")) {
            file.frontMatter().text("image").ifPresent(image -> {
                assertTrue(image.startsWith("/media/"), image);
                assertTrue(Files.isRegularFile(CONTENT.resolve(image.substring(1))), file.path() + ": " + image);
            });
        }
    }

    private static void check(ContentFile file, String key, Set<String> known, List<String> broken) {
        for (String slug : file.frontMatter().list(key)) {
            if (!known.contains(slug)) {
                broken.add(file.path() + ": " + key + " '" + slug + "'");
            }
        }
    }
}
