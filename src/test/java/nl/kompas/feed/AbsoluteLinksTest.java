package nl.kompas.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kompas.content.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Bodies as the renderer stores them, made fit for a feed reader that shows them elsewhere. */
class AbsoluteLinksTest {

    private static final String BASE = "https://www.koersvast.example";
    private static final String PAGE = BASE + "/artikelen/leren";

    private static Document feedBody(String markdown) {
        String stored = MarkdownRenderer.instance().render(markdown).getHtml();
        return Jsoup.parseBodyFragment(AbsoluteLinks.in(stored, PAGE, BASE));
    }

    @Test
    void siteAddressesBecomeAbsolute() {
        Document body = feedBody("Zie [deel 1](/artikelen/deel-1?x=1&y=2).\n\n"
                + "![De leercyclus](/media/leercyclus.svg \"Figuur 1\")\n");

        assertEquals(BASE + "/artikelen/deel-1?x=1&y=2", body.selectFirst("a").attr("href"));
        assertEquals(BASE + "/media/leercyclus.svg", body.selectFirst("img").attr("src"));
    }

    @Test
    void headingAnchorsAndRelativeLinksPointIntoTheirOwnPage() {
        Document body = feedBody("## Onze aanpak\n\nMeer in [de bijlage](bijlage) en [hierboven](#onze-aanpak).\n");

        assertEquals(
                List.of(PAGE + "#onze-aanpak", BASE + "/artikelen/bijlage", PAGE + "#onze-aanpak"),
                body.select("a").eachAttr("href"));
    }

    @Test
    void addressesWithASchemeStayAsTheyAre() {
        Document body = feedBody("[Elders](https://example.org/x) of [mail](mailto:info@koersvast.example).\n");

        assertEquals(
                List.of("https://example.org/x", "mailto:info@koersvast.example"),
                body.select("a").eachAttr("href"));
    }

    @Test
    void textThatLooksLikeAnAttributeIsLeftAlone() {
        Document body =
                feedBody("Schrijf `<img src=\"/media/x.svg\">` of <abbr title='src=\"/media/y.svg\"'>dit</abbr>.\n");

        assertTrue(body.text().contains("<img src=\"/media/x.svg\">"), body.html());
        assertEquals("src=\"/media/y.svg\"", body.selectFirst("abbr").attr("title"));
        assertFalse(body.html().contains(BASE), body.html());
    }
}
