package nl.kompas.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** layout.xhtml is checked the way Facelets will read it, and a refusal says where it broke. */
class ThemeLayoutTest {

    private static final String FACELETS = "xmlns:ui=\"jakarta.faces.facelets\"";
    private static final String NO_MAIN =
            "Theme 'proef' cannot be used: layout.xhtml has no <ui:insert" + " name=\"main\"/> for the page content";

    @TempDir
    Path folder;

    private static ThemeLayout read(String layout) {
        return ThemeLayout.read("proef", layout.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String layout) {
        return assertThrows(ThemeException.class, () -> read(layout)).getMessage();
    }

    private static String notWellFormed(int line, int column) {
        return "Theme 'proef' cannot be used: layout.xhtml is not well-formed XML (line " + line + ", column " + column
                + "): ";
    }

    @Test
    void compositionWithMainInsertIsAccepted() {
        read("<ui:composition " + FACELETS + "><main><ui:insert name=\"main\"/></main></ui:composition>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" " + FACELETS
                        + "><body><ui:insert name=\"main\"/></body></html>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<div xmlns:f=\"jakarta.faces.facelets\">"
                        + "<f:insert name=\"main\">Standaardinhoud</f:insert></div>",
                "<div xmlns:ui=\"http://xmlns.jcp.org/jsf/facelets\"><ui:insert name=\"main\"/></div>",
                "<div xmlns:ui=\"http://java.sun.com/jsf/facelets\"><ui:insert name=\"main\"/></div>"
            })
    void anyPrefixAndTheOlderFaceletsNamespacesAreAccepted(String layout) {
        read(layout);
    }

    @Test
    void unclosedElementIsRefusedWithLineColumnAndParserMessage() {
        String message = refusal("<ui:composition " + FACELETS + ">\n"
                + "    <header>\n"
                + "        <p>Welkom\n"
                + "    </header>\n"
                + "    <ui:insert name=\"main\"/>\n"
                + "</ui:composition>\n");

        assertTrue(message.startsWith(notWellFormed(4, 7)), message);
        assertTrue(message.contains("\"p\"") && message.contains("</p>"), "the parser says which tag: " + message);
    }

    @Test
    void undeclaredPrefixIsRefused() {
        String message = refusal("<html>\n<body><ui:insert name=\"main\"/></body></html>");

        assertTrue(message.startsWith(notWellFormed(2, 31)), message);
        assertTrue(message.contains("\"ui\""), message);
    }

    @Test
    void textOutsideXmlIsRefused() {
        String message = refusal("Dit is geen XML");

        assertTrue(message.startsWith(notWellFormed(1, 1)), message);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html " + FACELETS + "><body><main></main></body></html>",
                "<html " + FACELETS + "><body><ui:insert name=\"inhoud\"/></body></html>",
                "<html " + FACELETS + "><body><ui:insert/></body></html>",
                "<html " + FACELETS + "><body><ui:include src=\"main.xhtml\"/></body></html>",
                "<html xmlns:ui=\"http://example.com/niet-facelets\"><ui:insert name=\"main\"/></html>",
                "<html " + FACELETS + "><!-- pages go in <ui:insert name=\"main\"/> --><body/></html>",
                "<html " + FACELETS + "><body>&lt;ui:insert name=\"main\"/&gt;</body></html>"
            })
    void layoutWithoutARealMainInsertIsRefused(String layout) {
        assertEquals(NO_MAIN, refusal(layout));
    }

    @Test
    void htmlEntityIsAcceptedUnderAnXhtmlDoctypeBecauseFaceletsSuppliesTheDtd() {
        read("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""
                + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                + "<div " + FACELETS + ">&nbsp;<ui:insert name=\"main\"/></div>");
    }

    @Test
    void htmlEntityIsRefusedWithoutADoctypeAsFaceletsWouldRefuseIt() {
        String message = refusal("<div " + FACELETS + ">\n&copy; 2025<ui:insert name=\"main\"/></div>");

        assertTrue(message.startsWith(notWellFormed(2, 7)), message);
        assertTrue(message.contains("\"copy\""), message);
    }

    @Test
    void externalEntityIsNotRead() throws IOException {
        Path insert = Files.writeString(folder.resolve("insert.xml"), "<ui:insert " + FACELETS + " name=\"main\"/>");

        String layout = "<!DOCTYPE div [<!ENTITY main SYSTEM \"" + insert.toUri() + "\">]>\n<div>&main;</div>";

        assertEquals(NO_MAIN, refusal(layout), "the file's <ui:insert> must not have been read");
    }

    @Test
    void externalDtdIsNotRead() throws IOException {
        Path dtd = Files.writeString(
                folder.resolve("layout.dtd"),
                "<!ENTITY main '<ui:insert xmlns:ui=\"jakarta.faces.facelets\" name=\"main\"/>'>");

        String layout = "<!DOCTYPE div SYSTEM \"" + dtd.toUri() + "\">\n<div>&main;</div>";

        assertEquals(NO_MAIN, refusal(layout), "the DTD's entity must not have been read");
    }

    @Test
    void entityExpansionBombIsRefusedQuickly() {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lollollollol\">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY a").append(level).append(" \"");
            entities.append(("&a" + (level - 1) + ";").repeat(10)).append("\">");
        }
        String layout = "<!DOCTYPE div [" + entities + "]>\n<div " + FACELETS + ">&a9;<ui:insert name=\"main\"/></div>";

        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(layout));

        assertTrue(message.startsWith("Theme 'proef' cannot be used: layout.xhtml is not well-formed XML"), message);
    }

    @Test
    void assetsNamedInAttributesAndTextAreFoundWithTheirLine() {
        ThemeLayout layout = read("<ui:composition " + FACELETS + ">\n"
                + "    <img src=\"#{theme.asset('logo.svg')}\" alt=\"\"/>\n"
                + "    <ui:insert name=\"main\"/>\n"
                + "    <style>\n"
                + "        body { background: url(#{theme.asset( 'fonts/grain.png' )}); }\n"
                + "    </style>\n"
                + "    <img src=\"#{theme.asset('logo.svg')}\" alt=\"\"/>\n"
                + "    <img src=\"#{theme.asset(dynamicName)}\" alt=\"\"/>\n"
                + "    <!-- #{theme.asset('old.svg')} -->\n"
                + "</ui:composition>\n");

        assertEquals(Map.of("logo.svg", 2, "fonts/grain.png", 5), layout.assetLines());
    }
}
