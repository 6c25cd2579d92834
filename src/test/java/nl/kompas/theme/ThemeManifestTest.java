package nl.kompas.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** theme.yaml as a theme author writes it, and what start-up says when it is wrong. */
class ThemeManifestTest {

    private static ThemeManifest parse(String yaml) {
        return ThemeManifest.parse("proef", yaml);
    }

    private static String refusal(String yaml) {
        return assertThrows(ThemeException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void valuesAreReadAndTrimmed() {
        ThemeManifest manifest = parse("name: \"  Proef  \"\ndescription: |\n  Regel een.\nversion: \"3\"\n");

        assertEquals(new ThemeManifest("Proef", "Regel een.", "3", ThemeColours.NEUTRAL), manifest);
    }

    @Test
    void versionIsKeptAsWritten() {
        assertEquals(
                "1.10", parse("name: Proef\ndescription: x\nversion: 1.10\n").version());
    }

    @Test
    void otherKeysAreAllowed() {
        assertEquals(
                "Proef",
                parse("name: Proef\ndescription: x\nversion: 1\nauthor: Anne\n").name());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name: [Proef\ndescription: x\nversion: 1\n",
                "name: Proef\n  description: x: y\n",
                "name: \"Proef\nversion: 1\n",
                "name: Proef\n---\nname: Tweede\n"
            })
    void invalidYaml(String yaml) {
        String message = refusal(yaml);

        assertTrue(message.startsWith("Theme 'proef' cannot be used: theme.yaml is not valid YAML"), message);
    }

    @Test
    void invalidYamlNamesLineAndColumn() {
        assertEquals(
                "Theme 'proef' cannot be used: theme.yaml is not valid YAML (line 2, column 15):"
                        + " mapping values are not allowed here",
                refusal("name: Proef\ndescription: x: y\nversion: 1\n"));
    }

    @Test
    void aKeyWrittenTwiceIsRefusedInsteadOfTheLastOneWinning() {
        assertEquals(
                "Theme 'proef' cannot be used: theme.yaml is not valid YAML (line 3, column 1): found duplicate key name",
                refusal("name: Proef\ndescription: x\nname: Ander\nversion: 1\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alleen tekst\n", "- name\n- version\n"})
    void manifestThatIsNotAMap(String yaml) {
        assertEquals("Theme 'proef' cannot be used: theme.yaml must hold name, description and version", refusal(yaml));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: Proef\\ndescription: x\\n|version",
                "name: Proef\\ndescription: x\\nversion: \"  \"\\n|version",
                "name: Proef\\ndescription: x\\nversion:\\n|version",
                "description: x\\nversion: 1.0.0\\n|name",
                "name: Proef\\nversion: 1.0.0\\n|description",
                "name: Proef\\ndescripton: x\\nversion: 1.0.0\\n|description",
            })
    void missingKey(String yaml, String key) {
        assertEquals(
                "Theme 'proef' cannot be used: theme.yaml has no '" + key + "'", refusal(yaml.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: [Proef, Noord]\\ndescription: x\\nversion: 1\\n|name",
                "name: Proef\\ndescription:\\n  kort: x\\nversion: 1\\n|description",
                "name: Proef\\ndescription: x\\nversion: [1, 2]\\n|version",
            })
    void valueThatIsNotText(String yaml, String key) {
        assertEquals(
                "Theme 'proef' cannot be used: theme.yaml: '" + key + "' must be plain text, not a list or map",
                refusal(yaml.replace("\\n", "\n")));
    }

    @Test
    void withoutColoursShareImagesGetNeutralOnes() {
        assertEquals(
                ThemeColours.NEUTRAL,
                parse("name: Proef\ndescription: x\nversion: 1\n").colours());
    }

    @Test
    void anUnquotedColourIsExplained() {
        assertEquals(
                "Theme 'proef' cannot be used: theme.yaml: colours.text must be a colour such as \"#1f4e5f\", in quotes"
                        + " (without them YAML reads # as the start of a comment)",
                refusal("name: Proef\ndescription: x\nversion: 1\ncolours:\n  background: \"#000000\"\n"
                        + "  text: #ffffff\n  accent: \"#ff0000\"\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"white\"", "\"#fff\"", "\"#12345g\"", "[1, 2]"})
    void aColourIsSixHexDigits(String value) {
        String message = refusal("name: Proef\ndescription: x\nversion: 1\ncolours:\n  background: " + value
                + "\n  text: \"#ffffff\"\n  accent: \"#ff0000\"\n");

        assertTrue(message.contains("colours.background must be a colour"), message);
    }

    @Test
    void coloursMustBeAMap() {
        assertEquals(
                "Theme 'proef' cannot be used: theme.yaml: 'colours' must hold background, text and accent",
                refusal("name: Proef\ndescription: x\nversion: 1\ncolours: \"#000000\"\n"));
    }

    @Test
    void textThatCannotBeReadOnTheBackgroundIsRefused() {
        assertEquals(
                "Theme 'proef' cannot be used: theme.yaml: colours.text #777777 on colours.background #555555 has a"
                        + " contrast of 1.7:1; share images need at least 4.5:1 to be readable",
                refusal("name: Proef\ndescription: x\nversion: 1\ncolours:\n  background: \"#555555\"\n"
                        + "  text: \"#777777\"\n  accent: \"#ff0000\"\n"));
    }

    @Test
    void contrastIsWcags() {
        assertEquals(21.0, ThemeColours.contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, ThemeColours.contrast("#1f4e5f", "#1f4e5f"), 0.01);
    }
}
