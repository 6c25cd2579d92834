package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Één café & 3 ideeën|een-cafe-en-3-ideeen",
                "Samenwerken in netwerken|samenwerken-in-netwerken",
                "Zoë's coöperatie, naïef?|zoes-cooperatie-naief",
                "Crème brûlée à la française|creme-brulee-a-la-francaise",
                "Ångström über de brug|angstrom-uber-de-brug",
                "Wat blijft er over als de gedetacheerde vertrekt?|wat-blijft-er-over-als-de-gedetacheerde-vertrekt",
                "De adviseur (deel 1): waarom vakkennis niet genoeg is|de-adviseur-deel-1-waarom-vakkennis-niet-genoeg-is",
                "Foto's van collega's|fotos-van-collegas",
                "100% zeker! #1 @ kantoor|100-zeker-1-kantoor",
                "a/b\\\\c.d_e+f|a-b-c-d-e-f",
                "  --Meer   spaties--  |meer-spaties",
                "!!!Hallo!!!|hallo",
                "IT-professionals|it-professionals",
                "al-een-slug|al-een-slug",
            })
    void fromTitle(String title, String slug) {
        assertEquals(slug, Slug.from(title));
        assertTrue(Slug.isValid(Slug.from(title)), "the result is a valid slug");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Œuvre van Ærø|oeuvre-van-aero",
                "De ĳsbaan|de-ijsbaan",
                "Straße|strasse",
                "Over de Øresund|over-de-oresund",
                "Ofﬁce ﬂow|office-flow",
            })
    void ligaturesAreSpelledOut(String title, String slug) {
        assertEquals(slug, Slug.from(title));
    }

    @Test
    void typographicApostropheIsDroppedLikeAStraightOne() {
        assertEquals(Slug.from("Foto's van collega's"), Slug.from("Foto’s van collega’s"));
    }

    @Test
    void ligatureLettersNeverEndUpOutsideTheSlugAlphabet() {
        String slug = Slug.from("Œuvre van Ærø, Straße en ĳs");

        assertTrue(slug.isEmpty() || Slug.isValid(slug), slug);
    }

    @Test
    void longTitleIsCutToMaxLengthWithoutTrailingHyphen() {
        String title =
                "Waarom intervisie na drie bijeenkomsten vaak stilvalt en hoe je dat als begeleider voorkomt in de praktijk";
        String slug = Slug.from(title);

        assertTrue(slug.length() <= Slug.MAX_LENGTH, slug.length() + ": " + slug);
        assertTrue(slug.length() >= Slug.MAX_LENGTH - 10, "most of the room is used: " + slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(Slug.isValid(slug), slug);
        assertTrue(
                "waarom-intervisie-na-drie-bijeenkomsten-vaak-stilvalt-en-hoe-je-dat-als-begeleider-voorkomt"
                        .startsWith(slug),
                slug);
    }

    @Test
    void cutThatLandsOnAHyphenDropsIt() {
        String title = "a".repeat(79) + " bcd"; // the 80th character is the hyphen
        assertEquals("a".repeat(79), Slug.from(title));
    }

    @Test
    void exactlyMaxLengthIsKept() {
        assertEquals("a".repeat(80), Slug.from("A".repeat(80)));
        assertEquals(80, Slug.from("b".repeat(200)).length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1", "leren", "de-adviseur-deel-1", "2025-jaaroverzicht", "x-y-z"})
    void validSlugs(String slug) {
        assertTrue(Slug.isValid(slug), slug);
    }

    @Test
    void slugOfMaxLengthIsValidOneLongerIsNot() {
        assertTrue(Slug.isValid("a".repeat(80)));
        assertFalse(Slug.isValid("a".repeat(81)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "Hallo",
                "hallo wereld",
                "-hallo",
                "hallo-",
                "hallo--wereld",
                "hallo_wereld",
                "café",
                "hallo.html",
                "hallo/wereld",
                " hallo",
                "hallo\n",
                "-"
            })
    void invalidSlugs(String slug) {
        assertFalse(Slug.isValid(slug), String.valueOf(slug));
    }

    @Test
    void textWithoutLettersOrDigitsGivesEmptySlug() {
        assertEquals("", Slug.from("!?* —"));
    }
}
