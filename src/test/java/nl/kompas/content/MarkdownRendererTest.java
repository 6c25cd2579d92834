package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static MarkdownBody render(String markdown) {
        return MarkdownRenderer.instance().render(markdown);
    }

    private static String html(String markdown) {
        return render(markdown).getHtml();
    }

    private static Document dom(String markdown) {
        return Jsoup.parseBodyFragment(html(markdown));
    }

    @Nested
    class Features {

        @Test
        void tableRendersWithTableClassHeaderAndDataCells() {
            Document doc = dom("| Dienst | Duur |\n|---|---|\n| Intervisie | 6 weken |\n");

            Element table = doc.selectFirst("table");
            assertNotNull(
                    table,
                    "a Markdown table becomes an HTML table: " + doc.body().html());
            assertEquals("table", table.className());
            assertEquals(List.of("Dienst", "Duur"), table.select("thead th").eachText());
            assertEquals(
                    List.of("Intervisie", "6 weken"), table.select("tbody td").eachText());
            assertTrue(html("| A | B |\n|---|---|\n| 1 | 2 |").contains("<table class=\"table\">"));
        }

        @Test
        void bareUrlBecomesALink() {
            Document doc = dom("Zie https://example.org voor meer.");

            Element link = doc.selectFirst("a[href=https://example.org]");
            assertNotNull(link, "a bare URL is linked: " + doc.body().html());
            assertEquals("https://example.org", link.text());
            assertEquals(
                    "Zie https://example.org voor meer.", doc.selectFirst("p").text());
        }

        @Test
        void headingGetsIdAndAnchorLinkToItself() {
            Document doc = dom("## Mijn kop\n\nTekst.");

            Element heading = doc.selectFirst("h2");
            assertNotNull(heading);
            assertEquals("mijn-kop", heading.id());
            Element anchor = heading.selectFirst("a.heading-anchor");
            assertNotNull(anchor, "the heading carries an anchor link: " + heading.outerHtml());
            assertEquals("#mijn-kop", anchor.attr("href"));
            assertEquals("Mijn kop", heading.ownText());
        }

        @Test
        void headingAnchorHasANameForScreenReaders() {
            Element anchor = dom("## Mijn kop\n\nTekst.").selectFirst("h2 > a.heading-anchor");

            assertNotNull(anchor);
            assertEquals("Link naar deze sectie", anchor.attr("aria-label"), anchor.outerHtml());
            assertEquals("true", anchor.selectFirst("span").attr("aria-hidden"), "the bare # is not read out");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "<h2 id=\"main\">Kop</h2>",
                    "<h1 id=\"main\">Kop</h1>",
                    "<h3 ID='main'>Kop</h3>",
                    "<h2 id=main>Kop</h2>",
                    "<h2 id=\"generated-main\">Kop</h2>"
                })
        void idsWrittenInRawHtmlAreDropped(String html) {
            Document doc = dom("Tekst.\n\n" + html + "\n\nMeer tekst.");

            Element heading = doc.selectFirst("h2, h3");
            assertNotNull(heading, doc.body().html());
            assertEquals("Kop", heading.text());
            assertTrue(
                    doc.select("[id]").isEmpty(),
                    "no id from content can repeat an id of the page, such as the skip link's #main: "
                            + doc.body().html());
        }

        @Test
        void rawHtmlCannotTakeTheIdOfAGeneratedHeading() {
            Document doc = dom("## Aanpak\n\nTekst.\n\n<h2 id=\"aanpak\">Andere kop</h2>");

            Elements withId = doc.select("#aanpak");
            assertEquals(1, withId.size(), doc.body().html());
            assertEquals("Aanpak", withId.first().ownText());
        }

        @Test
        void repeatedHeadingsGetDistinctIds() {
            Document doc = dom("## Aanpak\n\neen\n\n## Aanpak\n\ntwee");

            List<String> ids = doc.select("h2").eachAttr("id");
            assertEquals(2, ids.size());
            assertEquals(2, ids.stream().distinct().count(), "ids must be unique: " + ids);
            for (Element anchor : doc.select("a.heading-anchor")) {
                assertNotNull(
                        doc.getElementById(anchor.attr("href").substring(1)),
                        "anchor " + anchor.attr("href") + " points at an element on the page");
            }
        }

        @Test
        void levelOneHeadingKeepsAWorkingAnchor() {
            Document doc = dom("# Titel\n\nTekst.");

            Element heading = doc.selectFirst("h2");
            assertNotNull(heading, "an h1 in a body becomes an h2");
            Element anchor = heading.selectFirst("a.heading-anchor");
            assertNotNull(anchor);
            assertEquals(
                    "#" + heading.id(),
                    anchor.attr("href"),
                    "anchor must point at the heading: " + heading.outerHtml());
        }

        @Test
        void levelOneHeadingBecomesH2() {
            Document doc = dom("# Titel\n\nTekst.");

            assertTrue(
                    doc.select("h1").isEmpty(),
                    "no h1 competes with the page title: " + doc.body().html());
            assertEquals("Titel", doc.selectFirst("h2").ownText());
        }

        @Test
        void straightQuotesBecomeCurlyQuotes() {
            String html = html("Ze zei \"ja\" en 'nee'.");

            assertTrue(html.contains("“ja”") || html.contains("&ldquo;ja&rdquo;"), html);
            assertTrue(html.contains("‘nee’") || html.contains("&lsquo;nee&rsquo;"), html);
            assertFalse(html.contains("\"ja\"") || html.contains("&quot;ja&quot;"), html);
        }

        @Test
        void imageWithTitleBecomesFigureWithCaption() {
            String html = html("![Alt](/media/leercyclus.svg \"Figuur 1: de leercyclus\")");
            Document doc = Jsoup.parseBodyFragment(html);

            Element figure = doc.selectFirst("figure");
            assertNotNull(figure, "an image with a title becomes a figure: " + html);
            Element img = figure.selectFirst("img");
            assertNotNull(img);
            assertEquals("/media/leercyclus.svg", img.attr("src"));
            assertEquals("Alt", img.attr("alt"));
            assertEquals(
                    "Figuur 1: de leercyclus", figure.selectFirst("figcaption").text());
            assertTrue(doc.select("p").isEmpty(), "a figure is not wrapped in a paragraph: " + html);
            assertTrue(
                    html.matches(
                            "(?s)\\s*<figure><img [^>]*alt=\"Alt\"[^>]*/?><figcaption>Figuur 1: de leercyclus</figcaption></figure>\\s*"),
                    html);
        }

        @Test
        void figureCaptionIsTextNotMarkup() {
            Document doc = dom("![Alt](/media/x.svg \"<b>vet</b> & zo\")");

            Element caption = doc.selectFirst("figcaption");
            assertNotNull(caption);
            assertEquals("<b>vet</b> & zo", caption.text());
            assertTrue(caption.select("b").isEmpty());
        }

        @Test
        void imageWithoutTitleStaysPlainImageInParagraph() {
            Document doc = dom("![Alt](/media/leercyclus.svg)");

            assertTrue(doc.select("figure").isEmpty(), doc.body().html());
            Element img = doc.selectFirst("p > img");
            assertNotNull(img, "the image sits in a paragraph: " + doc.body().html());
            assertEquals("/media/leercyclus.svg", img.attr("src"));
            assertEquals("Alt", img.attr("alt"));
        }

        @Test
        void imageWithTitleInsideTextIsNotAFigure() {
            Document doc = dom("Tekst ![Alt](/media/x.svg \"Titel\") en meer.");

            assertTrue(doc.select("figure").isEmpty(), doc.body().html());
            assertNotNull(doc.selectFirst("p > img[src=/media/x.svg]"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "https://other.example",
                    "http://other.example/pad",
                    "//cdn.example/x",
                    "HTTPS://OTHER.EXAMPLE"
                })
        void externalLinksGetNoopener(String url) {
            Element link = dom("[elders](" + url + ")").selectFirst("a");

            assertNotNull(link);
            assertEquals("noopener", link.attr("rel"), link.outerHtml());
        }

        @Test
        void autolinkedExternalUrlsGetNoopener() {
            Document doc = dom("Zie https://other.example en <https://second.example>.");

            Elements links = doc.select("a");
            assertEquals(2, links.size(), doc.body().html());
            for (Element link : links) {
                assertEquals("noopener", link.attr("rel"), link.outerHtml());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"/contact", "#x", "diensten/teamcoaching", "mailto:info@koersvast.example"})
        void internalLinksDoNotGetNoopener(String url) {
            Element link = dom("[hier](" + url + ")").selectFirst("a");

            assertNotNull(link, "link to " + url + " survives");
            assertFalse(link.hasAttr("rel"), link.outerHtml());
        }

        @Test
        void fencedCodeKeepsLanguageClass() {
            Element code = dom("```java\nint x = 1;\n```").selectFirst("pre > code");

            assertNotNull(code);
            assertEquals("language-java", code.className());
            assertEquals("int x = 1;\n", code.wholeText());
        }

        @Test
        void nullAndEmptyRenderToNothing() {
            for (String input : new String[] {null, ""}) {
                MarkdownBody body = render(input);
                assertEquals("", body.getSource());
                assertEquals("", body.getHtml().trim());
                assertEquals("", body.getExcerpt());
                assertEquals(0, body.getWords());
                assertEquals(1, body.getReadingMinutes());
            }
        }

        @Test
        void bodyRecordsTheRendererVersionThatMadeIt() {
            assertEquals(MarkdownRenderer.VERSION, render("Tekst.").getRendererVersion());
        }

        @Test
        void sourceIsKeptAsWritten() {
            String source = "# Kop\n\nTekst met \"quotes\".\n";
            assertEquals(source, render(source).getSource());
        }
    }

    @Nested
    class Sanitizing {

        private static final List<String> FORBIDDEN = List.of(
                "<script",
                "onerror",
                "onload",
                "onclick",
                "onmouseover",
                "javascript:",
                "vbscript:",
                "data:",
                "<iframe",
                "<style",
                "style=",
                "<form",
                "<input",
                "<object",
                "<embed",
                "<base",
                "<meta",
                "<svg");

        static Stream<String> payloads() {
            return Stream.of(
                    "<script>alert(1)</script>",
                    "<img src=x onerror=alert(1)>",
                    "[x](javascript:alert(1))",
                    "[x](JaVaScRiPt:alert(1))",
                    "[x]( javascript:alert(1) )",
                    "[x](data:text/html;base64,PHNjcmlwdD4=)",
                    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                    "![x](javascript:alert(1) \"Figuur\")",
                    "![x](/media/x.svg \"<script>alert(1)</script>\")",
                    "<iframe src=\"https://evil.example\"></iframe>",
                    "<a href=\"#\" onclick=\"x()\">x</a>",
                    "<div style=\"background:url(javascript:x)\">x</div>",
                    "<style>body{display:none}</style>",
                    "<form action=\"https://evil.example\"><input name=x></form>",
                    "<svg onload=alert(1)>",
                    "<svg><script>alert(1)</script></svg>",
                    "<object data=x>",
                    "<embed src=x>",
                    "<math><mtext><script>x</script>",
                    "<a href=\"vbscript:x\">x</a>",
                    "<base href=\"https://evil.example/\">",
                    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                    "<javascript:alert(1)>",
                    "<a href=\"&#106;avascript:alert(1)\">x</a>",
                    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                    "[x](&#106;avascript:alert(1))",
                    "<h1 onmouseover=x>Kop</h1>",
                    "<p onclick=\"x()\" style=\"color:red\">tekst</p>",
                    "Tekst\n\n<details open ontoggle=alert(1)>x</details>",
                    "<img src=\"https://ok.example/x.png\" onerror=\"alert(1)\" style=\"width:1px\">",
                    "| a |\n|---|\n| <script>alert(1)</script> |");
        }

        /**
         * The markers are checked in the markup: tags and attribute values. The autolink payload
         * {@code <javascript:alert(1)>} survives only as visible, harmless text ("javascript:alert(1)"
         * inside a p), which is why text nodes are left out; every marker that starts a tag is also
         * checked against the raw output, where text can never contain a bare "<".
         */
        @ParameterizedTest
        @MethodSource("payloads")
        void dangerousMarkupNeverSurvives(String payload) {
            String html = html(payload);
            String rawLower = html.toLowerCase(Locale.ROOT);
            String markupLower = markupOnly(html).toLowerCase(Locale.ROOT);

            for (String marker : FORBIDDEN) {
                assertFalse(
                        markupLower.contains(marker),
                        () -> "'" + marker + "' survived in the markup of " + payload + " -> " + html);
                if (marker.startsWith("<")) {
                    assertFalse(
                            rawLower.contains(marker), () -> "'" + marker + "' survived in " + payload + " -> " + html);
                }
            }
            for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(
                            attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                            () -> "event handler " + attribute + " survived in " + html);
                    String value = attribute
                            .getValue()
                            .replaceAll("[\\s\\p{Cntrl}]", "")
                            .toLowerCase(Locale.ROOT);
                    assertFalse(
                            value.startsWith("javascript:")
                                    || value.startsWith("vbscript:")
                                    || value.startsWith("data:"),
                            () -> "dangerous URL " + attribute + " survived in " + html);
                }
            }
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "<script>alert(1)</script>Na het script| Na het script",
                    "<a href=\"#\" onclick=\"x()\">klik</a>| klik",
                    "[x](javascript:alert(1))| x",
                    "<h1 onmouseover=x>Kop</h1>| Kop",
                })
        void harmlessTextAroundPayloadIsKept(String payload, String visibleText) {
            assertTrue(Jsoup.parseBodyFragment(html(payload)).text().contains(visibleText.trim()), html(payload));
        }

        @Test
        void scriptContentIsNotShownAsText() {
            assertFalse(Jsoup.parseBodyFragment(html("<script>alert(1)</script>"))
                    .text()
                    .contains("alert"));
        }

        @Test
        void safeLinksAndImagesOfThisSiteSurvive() {
            Document doc = dom("[mail](mailto:info@koersvast.example) [bel](tel:+31201234567) ![Alt](/media/a.png)"
                    + " <img src=\"/media/b.png\" alt=\"B\">");

            assertNotNull(doc.selectFirst("a[href^=mailto:]"), doc.body().html());
            assertNotNull(doc.selectFirst("a[href^=tel:]"), doc.body().html());
            assertNotNull(
                    doc.selectFirst("img[src=/media/a.png][alt=Alt]"),
                    doc.body().html());
            assertNotNull(
                    doc.selectFirst("img[src=/media/b.png][alt=B]"), doc.body().html());
        }

        /** The Content-Security-Policy (img-src 'self') would show these as broken images. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "![Alt](https://cdn.example/a.png)",
                    "![Alt](http://cdn.example/a.png)",
                    "![Alt](HTTPS://CDN.EXAMPLE/a.png)",
                    "![Alt](//cdn.example/a.png)",
                    "![Alt](media/a.png)",
                    "<img src=\"https://cdn.example/a.png\" alt=\"Alt\">",
                    "<img src=\"//cdn.example/a.png\" alt=\"Alt\">",
                    "<img src=\"/\\cdn.example/a.png\" alt=\"Alt\">",
                    "<img src=\" //cdn.example/a.png\" alt=\"Alt\">",
                    "<img alt=\"Alt\">",
                })
        void imagesFromOtherSitesAreDroppedAndTheTextStays(String image) {
            Document doc = dom("Voor " + image + " na.");

            assertTrue(doc.select("img").isEmpty(), doc.body().html());
            assertEquals(
                    "Voor na.", doc.text().replaceAll("\\s+", " "), doc.body().html());
        }

        /** Browsers drop tabs and newlines from a URL, so "/&#9;/host" would read as "//host". */
        @ParameterizedTest
        @ValueSource(strings = {"&#9;", "&#10;", "&#13;", "\t"})
        void aTabOrNewlineCannotTurnAnImageAddressIntoAnotherHost(String character) {
            Document doc = dom("<img src=\"/" + character + "/cdn.example/a.png\" alt=\"Alt\">");

            for (Element img : doc.select("img")) {
                String asBrowsersReadIt = img.attr("src").replaceAll("[\\t\\n\\r]", "");
                assertTrue(
                        asBrowsersReadIt.startsWith("/") && !asBrowsersReadIt.startsWith("//"),
                        doc.body().html());
            }
        }

        @Test
        void captionedImageFromAnotherSiteLeavesNoCaptionBehind() {
            Document doc = dom("![Alt](https://cdn.example/a.png \"Figuur 2: van elders\")\n\nTekst.");

            assertTrue(
                    doc.select("img, figure, figcaption").isEmpty(), doc.body().html());
            assertEquals("Tekst.", doc.text(), doc.body().html());
        }

        private static String markupOnly(String html) {
            Document doc = Jsoup.parseBodyFragment(html);
            doc.body().getAllElements().forEach(element -> element.textNodes().forEach(TextNode::remove));
            return doc.body().html();
        }
    }

    @Nested
    class ExcerptAndWords {

        @Test
        void excerptIsFirstParagraphAsPlainText() {
            MarkdownBody body = render("""
                    # Kop

                    Eerste **vette** alinea met [een link](/x), `code` en _nadruk_.

                    Tweede alinea.
                    """);

            assertEquals("Eerste vette alinea met een link, code en nadruk.", body.getExcerpt());
        }

        @Test
        void excerptJoinsLinesOfTheParagraph() {
            assertEquals(
                    "Regel een regel twee", render("Regel een\nregel   twee\n").getExcerpt());
        }

        @Test
        void excerptSkipsHeadingsListsAndQuotesBeforeTheFirstParagraph() {
            assertEquals(
                    "De alinea.",
                    render("## Kop\n\n- punt\n\n> citaat\n\nDe alinea.").getExcerpt());
        }

        @Test
        void excerptIsEmptyWithoutParagraph() {
            assertEquals("", render("## Alleen een kop").getExcerpt());
        }

        @Test
        void shortParagraphIsNotCut() {
            String paragraph = "a".repeat(300);
            assertEquals(paragraph, render(paragraph).getExcerpt(), "exactly 300 characters fit");
        }

        @Test
        void longParagraphIsCutAtAWordWithEllipsis() {
            String paragraph =
                    IntStream.rangeClosed(1, 120).mapToObj(i -> "woord" + i).collect(Collectors.joining(" "));
            assertTrue(paragraph.length() > 300);

            String excerpt = render(paragraph).getExcerpt();

            assertTrue(excerpt.endsWith("…"), excerpt);
            assertTrue(excerpt.length() <= 300, "length " + excerpt.length());
            String kept = excerpt.substring(0, excerpt.length() - 1);
            assertTrue(paragraph.startsWith(kept), excerpt);
            assertEquals(' ', paragraph.charAt(kept.length()), "cut between words, not inside one: " + excerpt);
            assertTrue(kept.length() > 250, "the cut keeps most of the room: " + kept.length());
        }

        @Test
        void longWordWithoutSpacesIsCutHard() {
            String excerpt = render("x".repeat(400)).getExcerpt();

            assertEquals("x".repeat(299) + "…", excerpt);
        }

        @Test
        void excerptHasNoMarkup() {
            String excerpt = render("Tekst met <em>html</em> en **vet**.").getExcerpt();

            assertFalse(excerpt.contains("<"), excerpt);
            assertFalse(excerpt.contains("*"), excerpt);
        }

        @Test
        void excerptKeepsQuotes() {
            String excerpt = render("Ze zei \"ja\" tegen het plan.").getExcerpt();

            assertTrue(excerpt.contains("\"ja\"") || excerpt.contains("“ja”"), excerpt);
        }

        @Test
        void excerptKeepsApostrophes() {
            String excerpt = render("Foto's van collega's.").getExcerpt();

            assertTrue(excerpt.equals("Foto's van collega's.") || excerpt.equals("Foto’s van collega’s."), excerpt);
        }

        @ParameterizedTest
        @CsvSource({"1, 1", "99, 1", "299, 1", "300, 2", "1000, 5", "1100, 6", "2000, 10"})
        void wordsAndReadingMinutes(int words, int minutes) {
            String text = IntStream.range(0, words).mapToObj(i -> "woord").collect(Collectors.joining(" "));

            MarkdownBody body = render(text);

            assertEquals(words, body.getWords());
            assertEquals(minutes, body.getReadingMinutes());
        }

        @Test
        void wordsAreCountedAcrossBlocks() {
            MarkdownBody body = render("## Twee woorden\n\nEen.\n\nTwee drie.\n\n- vier\n- vijf\n\n> zes zeven");

            assertEquals(9, body.getWords());
        }

        @Test
        void markupIsNotCountedAsWords() {
            assertEquals(3, render("**een** [twee](https://example.org) `drie`").getWords());
        }

        @Test
        void wordsInTablesAreCounted() {
            assertEquals(
                    6,
                    render("| een | twee |\n|---|---|\n| drie vier | vijf zes |\n")
                            .getWords());
        }
    }

    @Test
    void isExternalRecognisesOtherSites() {
        assertTrue(ContentPolicy.isExternal("https://x.example"));
        assertTrue(ContentPolicy.isExternal(" //x.example"));
        assertFalse(ContentPolicy.isExternal("/contact"));
        assertFalse(ContentPolicy.isExternal("#top"));
        assertFalse(ContentPolicy.isExternal("mailto:a@b.example"));
    }
}
