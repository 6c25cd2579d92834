package nl.kompas.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeTest {

    static final String ROOT = "/WEB-INF/themes";

    private static final String MANIFEST = "name: Proef\ndescription: Een thema voor tests.\nversion: 2.1.0\n";
    private static final String LAYOUT = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets">
            <body><main><ui:insert name="main"/></main></body>
            </html>
            """;
    private static final String CSS = "body { font-family: serif; }\n";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";

    @TempDir
    Path themes;

    private Path theme;

    @BeforeEach
    void validTheme() throws IOException {
        theme = themes.resolve("proef");
        write("theme.yaml", MANIFEST);
        write("layout.xhtml", LAYOUT);
        write("assets/style.css", CSS);
        write("assets/favicon.svg", SVG);
        write("assets/logo.svg", SVG);
        write("assets/fonts/body.woff2", "font");
    }

    private void write(String path, String text) throws IOException {
        Path file = theme.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Theme load(String id) {
        return Theme.load(ROOT, id, new FolderFiles(ROOT, themes));
    }

    private ThemeException failure(String id) {
        return assertThrows(ThemeException.class, () -> load(id));
    }

    @Nested
    class ValidTheme {

        @Test
        void manifestIsRead() {
            Theme loaded = load("proef");

            assertEquals("proef", loaded.id());
            assertEquals("Proef", loaded.name());
            assertEquals("Een thema voor tests.", loaded.description());
            assertEquals("2.1.0", loaded.version());
        }

        @Test
        void layoutPathPointsIntoTheThemeFolder() {
            assertEquals("/WEB-INF/themes/proef/layout.xhtml", load("proef").layoutPath());
        }

        @Test
        void assetsAreLoadedWithContentTypes() {
            Theme loaded = load("proef");

            ThemeAsset css = loaded.asset("style.css").orElseThrow();
            assertEquals("style.css", css.name());
            assertEquals("text/css;charset=UTF-8", css.contentType());
            assertArrayEquals(CSS.getBytes(StandardCharsets.UTF_8), css.bytes());
            assertEquals("image/svg+xml", loaded.asset("logo.svg").orElseThrow().contentType());
            assertEquals(
                    "font/woff2",
                    loaded.asset("fonts/body.woff2").orElseThrow().contentType(),
                    "assets in sub-folders are named by their path under assets/");
            assertTrue(loaded.asset("missing.css").isEmpty());
            assertTrue(loaded.asset("theme.yaml").isEmpty(), "files outside assets/ are no assets");
        }

        @Test
        void platformAssetsAreAddedAndAThemesOwnFileOfTheSameNameWins() throws IOException {
            Path platform = themes.resolve("platform-assets");
            Files.createDirectories(platform);
            Files.writeString(platform.resolve("copy-link.js"), "// platform\n");
            Files.writeString(platform.resolve("style.css"), "/* platform */\n");

            Theme loaded = load("proef").withPlatformAssets(ROOT + "/platform-assets/", new FolderFiles(ROOT, themes));

            ThemeAsset script = loaded.asset("copy-link.js").orElseThrow();
            assertEquals("text/javascript;charset=UTF-8", script.contentType());
            assertEquals(sha256("// platform\n").substring(0, 12), script.hash());
            assertArrayEquals(
                    CSS.getBytes(StandardCharsets.UTF_8),
                    loaded.asset("style.css").orElseThrow().bytes(),
                    "the theme's own style.css, not the platform's");
            assertEquals("Proef", loaded.name());
        }

        @Test
        void shareImageColoursAreReadFromTheManifest() throws IOException {
            write(
                    "theme.yaml",
                    MANIFEST + "colours:\n  background: \"#14213D\"\n  text: \"#ffffff\"\n  accent: \"#8ecae6\"\n");

            assertEquals(
                    new ThemeColours("#14213d", "#ffffff", "#8ecae6"),
                    load("proef").colours());
        }

        @Test
        void assetHashIsTwelveHexCharactersAndStable() {
            String hash = load("proef").asset("style.css").orElseThrow().hash();

            assertTrue(hash.matches("[0-9a-f]{12}"), hash);
            assertEquals(hash, load("proef").asset("style.css").orElseThrow().hash(), "same bytes, same hash");
            // SHA-256 of the bytes, so the URL of an unchanged file never changes between builds.
            assertEquals(sha256(CSS).substring(0, 12), hash);
        }

        @Test
        void assetHashChangesWithTheContent() throws IOException {
            String before = load("proef").asset("style.css").orElseThrow().hash();
            write("assets/style.css", CSS + "h1 { color: navy; }\n");

            String after = load("proef").asset("style.css").orElseThrow().hash();

            assertNotEquals(before, after, "a changed stylesheet gets a new URL so caches refresh");
        }

        @Test
        void differentFilesGetDifferentHashes() {
            Theme loaded = load("proef");
            assertNotEquals(
                    loaded.asset("style.css").orElseThrow().hash(),
                    loaded.asset("logo.svg").orElseThrow().hash());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "css, text/css;charset=UTF-8",
        "CSS, text/css;charset=UTF-8",
        "svg, image/svg+xml",
        "js, text/javascript;charset=UTF-8",
        "png, image/png",
        "jpg, image/jpeg",
        "jpeg, image/jpeg",
        "webp, image/webp",
        "woff2, font/woff2",
        "ico, image/x-icon",
        "txt, application/octet-stream"
    })
    void contentTypes(String extension, String contentType) {
        assertEquals(contentType, Theme.contentType("a/b." + extension));
    }

    @Nested
    class BrokenTheme {

        private void assertNames(ThemeException e, String id, String problem) {
            assertTrue(e.getMessage().contains("'" + id + "'"), "names the theme: " + e.getMessage());
            assertTrue(e.getMessage().contains(problem), "names the problem (" + problem + "): " + e.getMessage());
        }

        @Test
        void missingThemeFolder() {
            ThemeException e = failure("bestaat-niet");

            assertNames(e, "bestaat-niet", "there is no folder themes/bestaat-niet (available: proef)");
        }

        @Test
        void missingManifest() throws IOException {
            Files.delete(theme.resolve("theme.yaml"));

            assertNames(failure("proef"), "proef", "theme.yaml is missing");
        }

        @Test
        void missingLayout() throws IOException {
            Files.delete(theme.resolve("layout.xhtml"));

            assertNames(failure("proef"), "proef", "layout.xhtml is missing");
        }

        @Test
        void missingStylesheet() throws IOException {
            Files.delete(theme.resolve("assets/style.css"));

            assertNames(failure("proef"), "proef", "assets/style.css is missing");
        }

        @Test
        void stylesheetInASubFolderDoesNotCount() throws IOException {
            Files.delete(theme.resolve("assets/style.css"));
            write("assets/css/style.css", CSS);

            assertNames(failure("proef"), "proef", "assets/style.css is missing");
        }

        @Test
        void missingFavicon() throws IOException {
            Files.delete(theme.resolve("assets/favicon.svg"));

            assertEquals(
                    "Theme 'proef' cannot be used: assets/favicon.svg is missing"
                            + " (the page template links it on every page)",
                    failure("proef").getMessage());
        }

        @Test
        void missingAssetsFolderNamesEveryRequiredAsset() throws IOException {
            try (Stream<Path> files = Files.walk(theme.resolve("assets"))) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }

            assertEquals(
                    "Theme 'proef' cannot be used:"
                            + " assets/style.css is missing (the page template links it on every page);"
                            + " assets/favicon.svg is missing (the page template links it on every page)",
                    failure("proef").getMessage());
        }

        @Test
        void assetTheLayoutUsesMustExist() throws IOException {
            write("layout.xhtml", LAYOUT.replace("<main>", "<img src=\"#{theme.asset('logo.svg')}\" alt=\"\"/><main>"));
            Files.delete(theme.resolve("assets/logo.svg"));

            assertEquals(
                    "Theme 'proef' cannot be used: assets/logo.svg is missing (layout.xhtml uses it on line 3)",
                    failure("proef").getMessage());
        }

        @Test
        void layoutThatIsNotWellFormedStopsTheLoad() throws IOException {
            write("layout.xhtml", LAYOUT.replace("</main>", ""));

            String message = failure("proef").getMessage();

            assertTrue(
                    message.startsWith(
                            "Theme 'proef' cannot be used: layout.xhtml is not well-formed XML (line 3, column "),
                    message);
            assertTrue(message.contains("</main>"), message);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "../etc",
                    "..",
                    "Proef",
                    "proef/../x",
                    "/proef",
                    "proef thema",
                    "-proef",
                    "_proef",
                    "proef.",
                    ""
                })
        void invalidThemeIdIsRefusedBeforeAnyFileIsRead(String id) {
            Theme.Files noFiles = new Theme.Files() {
                @Override
                public java.io.InputStream open(String path) {
                    throw new AssertionError("no file may be read for id " + id + ": " + path);
                }

                @Override
                public java.util.Set<String> list(String folder) {
                    throw new AssertionError("no folder may be listed for id " + id + ": " + folder);
                }
            };

            ThemeException e = assertThrows(ThemeException.class, () -> Theme.load(ROOT, id, noFiles));

            assertNames(e, id, "a theme name uses lower-case letters, digits, '-' and '_'");
        }

        @Test
        void nullThemeIdIsRefused() {
            ThemeException e =
                    assertThrows(ThemeException.class, () -> Theme.load(ROOT, null, new FolderFiles(ROOT, themes)));

            assertTrue(e.getMessage().contains("'null'"), e.getMessage());
        }

        @Test
        void messageHasTheUsualForm() {
            assertEquals(
                    "Theme 'proef' cannot be used: assets/style.css is missing",
                    new ThemeException("proef", "assets/style.css is missing").getMessage());
        }
    }

    /** The platform's pages, read from the project folder (Maven runs tests from there). */
    @Test
    void everyAssetThePlatformsPagesLinkIsRequiredOfEveryTheme() throws IOException {
        Set<String> linked = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page :
                    pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher reference = ThemeLayout.ASSET_REFERENCE.matcher(Files.readString(page));
                while (reference.find()) {
                    linked.add(reference.group(1));
                }
            }
        }

        Set<String> expected = new TreeSet<>(Theme.PAGE_TEMPLATE_ASSETS);
        try (Stream<Path> platform = Files.list(Path.of("src/main/webapp" + ActiveTheme.PLATFORM_ASSETS))) {
            platform.forEach(file -> expected.add(file.getFileName().toString()));
        }

        assertEquals(
                expected,
                linked,
                "an asset the platform links must be in Theme.PAGE_TEMPLATE_ASSETS (and the README's Themes section),"
                        + " or one of the platform's own assets that every theme serves");
    }

    /** The themes shipped in themes/ at the top of the project (Maven runs tests from the project folder). */
    @Nested
    class ShippedThemes {

        private static final Path SHIPPED = Path.of("themes");

        static Stream<String> shippedThemeIds() throws IOException {
            try (Stream<Path> folders = Files.list(SHIPPED)) {
                return folders
                        .filter(Files::isDirectory)
                        .map(path -> path.getFileName().toString())
                        .sorted()
                        .toList()
                        .stream();
            }
        }

        @Test
        void defaultAndNoordAreShipped() throws IOException {
            List<String> ids = shippedThemeIds().toList();

            assertTrue(ids.containsAll(List.of("default", "noord")), ids.toString());
        }

        @ParameterizedTest
        @MethodSource("shippedThemeIds")
        void shippedThemeLoadsAndPassesValidation(String id) {
            Theme loaded = Theme.load(ROOT, id, new FolderFiles(ROOT, SHIPPED));

            assertEquals(id, loaded.id());
            assertFalse(loaded.name().isBlank());
            assertFalse(loaded.description().isBlank());
            assertTrue(loaded.version().matches("\\d+(\\.\\d+)*"), loaded.version());
            assertEquals(ROOT + "/" + id + "/layout.xhtml", loaded.layoutPath());
            ThemeAsset css = loaded.asset("style.css").orElseThrow();
            assertEquals("text/css;charset=UTF-8", css.contentType());
            assertTrue(css.bytes().length > 0, "style.css has content");
            assertTrue(css.hash().matches("[0-9a-f]{12}"), css.hash());
        }

        @ParameterizedTest
        @ValueSource(strings = {"default", "noord"})
        void shippedThemeHasAFaviconAndItsOwnName(String id) {
            Theme loaded = Theme.load(ROOT, id, new FolderFiles(ROOT, SHIPPED));

            assertEquals(
                    "image/svg+xml", loaded.asset("favicon.svg").orElseThrow().contentType());
        }

        @Test
        void shippedThemesLookDifferent() {
            Theme first = Theme.load(ROOT, "default", new FolderFiles(ROOT, SHIPPED));
            Theme second = Theme.load(ROOT, "noord", new FolderFiles(ROOT, SHIPPED));

            assertNotEquals(first.name(), second.name());
            assertNotEquals(
                    first.asset("style.css").orElseThrow().hash(),
                    second.asset("style.css").orElseThrow().hash());
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
