package nl.kompas.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL table: which path reaches which page with which parameters, and which reaches none. */
class SiteRoutesTest {

    @ParameterizedTest
    @CsvSource({
        "/,                                    /views/home.xhtml",
        "/artikelen,                           /views/articles.xhtml",
        "/artikelen/pagina/3,                  /views/articles.xhtml",
        "/artikelen/categorie/adviseren,       /views/articles.xhtml",
        "/artikelen/tag/reflectie/pagina/2,    /views/articles.xhtml",
        "/artikelen/leren-van-je-praktijk,     /views/article.xhtml",
        "/cases,                               /views/cases.xhtml",
        "/cases/gemeente-lindenburg,           /views/case.xhtml",
        "/diensten,                            /views/services.xhtml",
        "/diensten/teamcoaching,               /views/service.xhtml",
        "/consultants,                         /views/consultants.xhtml",
        "/consultants/anne-de-vries,           /views/consultant.xhtml",
        "/contact,                             /views/contact.xhtml",
        "/zoeken,                              /views/search.xhtml",
        "/en,                                  /views/home.xhtml",
        "/en/articles,                         /views/articles.xhtml",
        "/en/articles/page/2,                  /views/articles.xhtml",
        "/en/articles/category/adviseren/page/2, /views/articles.xhtml",
        "/en/articles/archive/2025,            /views/articles.xhtml",
        "/en/articles/peer-review,             /views/article.xhtml",
        "/en/articles/peer-review/comment-received, /views/comment-received.xhtml",
        "/en/cases/riverside,                  /views/case.xhtml",
        "/en/services/team-coaching,           /views/service.xhtml",
        "/en/consultants/anne-de-vries,        /views/consultant.xhtml",
        "/en/contact/thank-you,                /views/contact-thanks.xhtml",
        "/en/search,                           /views/search.xhtml",
        "/en/newsletter/unsubscribed,          /views/newsletter-unsubscribed.xhtml"
    })
    void everyPublicPathReachesItsView(String path, String view) {
        assertEquals(view, SiteRoutes.match(path).view());
    }

    @ParameterizedTest
    @CsvSource({"/, nl", "/artikelen/x, nl", "/en, en", "/en/articles/x, en", "/en/search, en"})
    void aRouteCarriesTheLanguageOfItsAddress(String path, String language) {
        assertEquals(language, SiteRoutes.match(path).language().getTag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/artikelen", "/en/diensten/teamcoaching", "/articles", "/en/zoeken", "/en/en"})
    void dutchWordsUnderEnAndEnglishWordsAtTheRootMatchNoPage(String path) {
        assertNull(SiteRoutes.match(path), path);
    }

    @Test
    void pathParametersAreNamed() {
        assertEquals(
                Map.of("tag", "reflectie", "page", "2"),
                SiteRoutes.match("/artikelen/tag/reflectie/pagina/2").params());
        assertEquals(
                Map.of("slug", "anne-de-vries"),
                SiteRoutes.match("/consultants/anne-de-vries").params());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/artikelen/Hoofdletters",
                "/artikelen/dubbel--streepje",
                "/artikelen/-begint-met-streepje",
                "/artikelen/pagina/0",
                "/artikelen/pagina/01",
                "/artikelen/pagina/1234567",
                "/artikelen/a/b",
                "/cases/x.xhtml",
                "/theme/abc/style.css",
                "/media/leercyclus.svg"
            })
    void otherPathsMatchNoPage(String path) {
        assertNull(SiteRoutes.match(path), path);
    }

    @ParameterizedTest
    @CsvSource({
        "/,                     /",
        "/artikelen,            /artikelen",
        "/artikelen/,           /artikelen",
        "/artikelen//,          /artikelen",
        "//evil.example/,       /evil.example",
        "///evil.example,       /evil.example",
        "/cases//lindenburg,    /cases/lindenburg"
    })
    void everyPathHasOneSpellingThatStaysOnThisSite(String path, String canonical) {
        assertEquals(canonical, SiteRoutes.canonical(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/index.xhtml", "/admin/articles.xhtml", "/jakarta.faces.resource/core.js"})
    void adminPagesAndFacesResourcesAreNotPublicRoutes(String path) {
        assertEquals(true, SiteRoutes.isAdmin(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/administratie", "/artikelen/admin", "/views/admin/index.xhtml"})
    void publicPathsAreNotAdmin(String path) {
        assertEquals(false, SiteRoutes.isAdmin(path));
    }
}
