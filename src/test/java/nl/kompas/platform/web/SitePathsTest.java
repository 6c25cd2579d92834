package nl.kompas.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one builder of public paths: Dutch at the root, English under /en, and always a route. */
class SitePathsTest {

    private final SitePaths paths = new SitePaths();

    @Test
    void dutchPathsAreTheSiteAsItWas() {
        assertEquals("/", paths.home(SiteLanguage.NL));
        assertEquals("/artikelen/leren", paths.article(SiteLanguage.NL, "leren"));
        assertEquals("/artikelen/categorie/adviseren", paths.category(SiteLanguage.NL, "adviseren"));
        assertEquals("/diensten/teamcoaching", paths.service(SiteLanguage.NL, "teamcoaching"));
        assertEquals("/contact/bedankt", paths.contactThanks(SiteLanguage.NL));
        assertEquals("/nieuwsbrief/bevestigen", paths.newsletterConfirm(SiteLanguage.NL));
        assertEquals("/artikelen/x/reactie-ontvangen", paths.commentReceived(SiteLanguage.NL, "x"));
    }

    @Test
    void englishPathsLiveUnderEnWithEnglishNames() {
        assertEquals("/en", paths.home(SiteLanguage.EN));
        assertEquals("/en/articles/peer-review", paths.article(SiteLanguage.EN, "peer-review"));
        assertEquals("/en/articles/tag/reflectie", paths.tag(SiteLanguage.EN, "reflectie"));
        assertEquals("/en/articles/archive/2025", paths.archive(SiteLanguage.EN, 2025));
        assertEquals("/en/services/team-coaching", paths.service(SiteLanguage.EN, "team-coaching"));
        assertEquals("/en/cases", paths.cases(SiteLanguage.EN));
        assertEquals("/en/consultants/anne-de-vries", paths.consultant(SiteLanguage.EN, "anne-de-vries"));
        assertEquals("/en/contact/thank-you", paths.contactThanks(SiteLanguage.EN));
        assertEquals("/en/search", paths.search(SiteLanguage.EN));
        assertEquals("/en/newsletter/unsubscribe", paths.newsletterUnsubscribe(SiteLanguage.EN));
    }

    @Test
    void laterPagesOfAListUseTheWordOfItsLanguage() {
        assertEquals("/artikelen", paths.listPage("/artikelen", 1));
        assertEquals("/artikelen/tag/x/pagina/3", paths.listPage("/artikelen/tag/x", 3));
        assertEquals("/en/articles/tag/x/page/3", paths.listPage("/en/articles/tag/x", 3));
    }

    /** Every page built in either language is a route of that page and language: links never 404. */
    @ParameterizedTest
    @EnumSource(SitePage.class)
    void everyBuiltPathIsARouteOfItsPageAndLanguage(SitePage page) {
        Map<String, String> params =
                Map.of("slug", "een-slug", "category", "c", "tag", "t", "year", "2025", "page", "2");
        for (SiteLanguage language : SiteLanguage.values()) {
            SiteRoutes.Match match = SiteRoutes.match(page.path(language, params));
            assertEquals(page.view(), match.view(), page + " " + language);
            assertEquals(language, match.language(), page + " " + language);
        }
    }

    @Test
    void aMissingParameterIsAMistakeNotABrokenLink() {
        assertThrows(IllegalArgumentException.class, () -> SitePage.ARTICLE.path(SiteLanguage.EN, Map.of()));
    }
}
