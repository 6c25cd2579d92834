package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.kompas.platform.web.SiteLanguage;
import org.junit.jupiter.api.Test;

/** A category is shared by both languages: English pages show its English name when it has one. */
class CategoryTest {

    @Test
    void englishPagesShowTheEnglishNameAndIntroductionAndFallBackToTheDutch() {
        Category category = new Category("Leren en ontwikkelen");
        category.describe("Over leren in organisaties.");
        assertEquals("Leren en ontwikkelen", category.nameIn(SiteLanguage.EN), "no English name yet");
        assertEquals("Over leren in organisaties.", category.descriptionIn(SiteLanguage.EN));

        category.translate(" Learning and development ", "On learning in organisations.");
        assertEquals("Learning and development", category.nameIn(SiteLanguage.EN));
        assertEquals("On learning in organisations.", category.descriptionIn(SiteLanguage.EN));
        assertEquals("Leren en ontwikkelen", category.nameIn(SiteLanguage.NL), "Dutch pages keep the Dutch");
        assertEquals("leren-en-ontwikkelen", category.getSlug(), "one address in both languages");

        category.translate("", " ");
        assertNull(category.getEnglishName());
        assertEquals("Leren en ontwikkelen", category.nameIn(SiteLanguage.EN));
    }

    @Test
    void anEnglishNameHasTheLengthOfADutchOne() {
        Category category = new Category("Adviseren");
        assertThrows(IllegalArgumentException.class, () -> category.translate("x".repeat(121), null));
    }
}
