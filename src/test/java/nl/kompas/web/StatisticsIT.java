package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kompas.SiteDeployment;
import nl.kompas.account.AdminClient;
import nl.kompas.contact.ContactClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Visitor statistics as the firm and its visitors notice them: a view is counted whether the page
 * came from the cache or not, and no visitor gets a cookie; bots and people logged in to the admin
 * are not counted; the other site a visitor came from is kept by its domain only; and the
 * dashboard shows editors the chart, the top lists and the contact requests per source page with
 * their views, and consultants nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    static final String ADMIN = "statistiek@koersvast.example";
    static final String PASSWORD = "Statistiek-Wachtwoord-2026";
    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-statistics")
    static WebArchive deployment() {
        return SiteDeployment.war().addClasses(StatisticsProbe.class, TestAccounts.class);
    }

    @ArquillianResource
    URL base;

    SiteClient site;

    private static AdminBrowser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = AdminBrowser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
        browser.on(base);
    }

    @Test
    void aViewIsCountedAlsoFromThePageCacheAndTheVisitorGetsNoCookie() {
        String path = "/cases/bitwerf-projectmatig-werken";
        long before = stored("page " + path);

        HttpResponse<String> first = visit(path);
        HttpResponse<String> second = visit(path);
        assertEquals("hit", second.headers().firstValue("X-Cache").orElseThrow(), "the second view is a cache hit");
        HttpResponse<String> again =
                visit(path, "If-None-Match", second.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, again.statusCode(), "a browser showing its copy again after asking");
        for (HttpResponse<String> response : List.of(first, second, again)) {
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie for a visitor");
        }

        assertEquals(before + 3, stored("page " + path));
    }

    @Test
    void botsAreNotCounted() {
        String path = "/diensten/intervisie";
        long before = stored("page " + path);

        visit(path, "User-Agent", GOOGLEBOT, "Referer", "https://bot-referrer.example/");
        visit(path, "User-Agent", "curl/8.5.0");
        visit(path, "User-Agent", "KompasProbe/1.0 (our own monitor)"); // only in this site's own list
        site.get(path); // Java's own User-Agent
        assertEquals(200, site.raw(path).status(), "a request without User-Agent");
        assertEquals(before, stored("page " + path), "no bot counted");
        assertEquals(0, stored("referrer bot-referrer.example"));

        visit(path);
        assertEquals(before + 1, stored("page " + path), "a person is");
    }

    @Test
    void peopleLoggedInToTheAdminAreNotCountedOnPublicPages() {
        String path = "/consultants/pieter-van-dam";
        AdminClient admin = new AdminClient(base);
        admin.logIn(ADMIN, PASSWORD);
        String session = admin.sessionId();
        long before = stored("page " + path);

        HttpResponse<String> own = visit(path, "Cookie", "JSESSIONID=" + session);
        assertEquals(200, own.statusCode());
        assertTrue(own.headers().allValues("Set-Cookie").isEmpty());
        visit(path, "Cookie", "JSESSIONID=" + session);
        assertEquals(before, stored("page " + path), "the editor's own views are left out");

        visit(path, "Cookie", "JSESSIONID=made-up-" + session.substring(0, 8));
        assertEquals(before + 1, stored("page " + path), "a cookie that is no session does not hide a visitor");
    }

    @Test
    void theDomainOfAnotherSiteIsKeptAndNothingMoreOfWhereTheVisitorCameFrom() {
        long linkedIn = stored("referrer linkedin.com");
        long news = stored("referrer news.example.org");

        visit("/", "Referer", "https://www.linkedin.com/feed/update/urn:li:activity:7?trk=anne-de-vries");
        visit("/artikelen/intervisie-die-blijft-werken", "Referer", "https://linkedin.com/in/someone");
        visit("/consultants", "Referer", "https://news.example.org/item?id=42");
        visit("/cases", "Referer", base.toString() + "artikelen");

        Map<String, Long> stored = stored();
        assertEquals(linkedIn + 2, stored.getOrDefault("referrer linkedin.com", 0L));
        assertEquals(news + 1, stored.getOrDefault("referrer news.example.org", 0L));
        for (String name : stored.keySet()) {
            if (name.startsWith("referrer ")) {
                assertFalse(name.contains("/") || name.contains("?") || name.contains("anne"), name);
                assertFalse(name.contains("localhost"), "our own pages are no referrer: " + name);
            }
        }
    }

    @Test
    void feedsErrorsRedirectsAndPostsAreNoPageViews() {
        visit("/artikelen/rss.xml");
        visit("/consultants/bram-jansen/atom.xml");
        visit("/sitemap.xml");
        assertEquals(404, visit("/artikelen/bestaat-niet").statusCode());
        assertEquals(301, visit("/artikelen/pagina/1").statusCode());
        assertEquals(405, site.post("/contact").statusCode());

        Map<String, Long> stored = stored();
        for (String path : List.of(
                "/artikelen/rss.xml",
                "/consultants/bram-jansen/atom.xml",
                "/sitemap.xml",
                "/artikelen/bestaat-niet",
                "/artikelen/pagina/1",
                "/contact")) {
            assertNull(stored.get("page " + path), path);
        }
    }

    @Test
    void theTimerWritesTheCountsWithoutBeingAsked() throws InterruptedException {
        String path = "/diensten/teamcoaching";
        long before = stored("page " + path);
        visit(path);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (readOnly().getOrDefault("page " + path, 0L) == before && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(before + 1, readOnly().getOrDefault("page " + path, 0L), "written within seconds");
    }

    @Test
    void theDashboardShowsEditorsTheChartTheMostReadAndTheReferrers() {
        String popularCase = "/cases/hogeschool-vechtstede-adviseurs";
        for (int i = 0; i < 7; i++) {
            visit(popularCase, "Referer", "https://www.weekblad.example/artikel");
        }
        visit("/artikelen/de-adviseur-als-verandermakelaar-deel-1");
        stored(); // written

        browser.logIn(ADMIN, PASSWORD);
        browser.open("/admin/index.xhtml");
        // The chart is drawn by PrimeFaces' inline script under the admin's Content-Security-Policy.
        browser.waitUntil(
                () -> Boolean.TRUE.equals(
                        browser.driver.executeScript("var w = PrimeFaces.widgets['widget_views_chart'];"
                                + " return !!(w && w.chart && w.chart.data.datasets[0].data.length === 30);")),
                "the chart of views is drawn");
        long charted = ((Number) browser.driver.executeScript(
                        "return PrimeFaces.widgets['widget_views_chart'].chart.data.datasets[0].data"
                                + ".reduce(function (a, b) { return a + b; }, 0);"))
                .longValue();
        assertTrue(charted >= 8, "the chart holds the views of these days: " + charted);
        WebElement canvas = browser.driver.findElement(By.cssSelector("#views-chart canvas"));
        assertTrue(canvas.getSize().getHeight() > 100 && canvas.getSize().getWidth() > 300, "drawn at a size to read");

        WebElement week = browser.driver.findElement(By.id("top-week"));
        WebElement first = week.findElement(By.cssSelector("tbody tr a"));
        assertEquals("Hogeschool Vechtstede: van formulierenloket naar adviespartner", first.getText());
        assertTrue(first.getDomAttribute("href").endsWith(popularCase), "linked to the case");
        assertTrue(week.getText().contains("De adviseur als verandermakelaar (deel 1)"), week.getText());
        assertTrue(browser.driver.findElement(By.id("top-year")).getText().contains("Hogeschool Vechtstede"));
        assertTrue(browser.driver.findElement(By.id("referrers")).getText().contains("weekblad.example"));
    }

    @Test
    void theDashboardShowsContactRequestsPerSourcePageWithItsViewsAndTopCampaign() throws Exception {
        String service = "/diensten/adviesvaardigheden";
        String profile = "/consultants/sanne-visser";
        for (int i = 0; i < 4; i++) {
            visit(service);
        }
        // The contact client is Java's HTTP client, a bot to the counter: its own reads are no views.
        ContactClient visitor = new ContactClient(base, "203.0.113.7");
        String campaign = "?utm_source=linkedin&utm_campaign=najaar-%3Cb%3E2026%3C%2Fb%3E";
        List<Document> forms = List.of(
                visitor.page(service + campaign),
                visitor.page(service + campaign),
                visitor.page(service + "?utm_source=nieuwsbrief"),
                visitor.page(profile));
        Thread.sleep(3_100); // past the spam guard's minimum fill time
        for (Document form : forms) {
            ContactClient.Answer sent = visitor.submit(
                    form,
                    "contact-compact",
                    Map.of(
                            "naam", "Petra Prospect",
                            "email", "petra@prospect.example",
                            "organisatie", "Gemeente Waterland",
                            "bericht", "Wij zoeken begeleiding.",
                            "toestemming", "ja"));
            assertEquals(303, sent.status(), sent.body());
        }
        stored(); // the views are written

        AdminClient admin = new AdminClient(base);
        admin.logIn(ADMIN, PASSWORD);
        Document dashboard = admin.page("/admin/index.xhtml").page();
        List<List<String>> rows = contactRows(dashboard);
        assertEquals(
                List.of(
                        service,
                        "Adviesvaardigheden",
                        "3",
                        "4",
                        "750",
                        "Adviesvaardigheden",
                        "",
                        "linkedin / najaar-<b>2026</b>"),
                rows.get(0),
                "most requests first; 3 per 4 views is 750 per 1,000; the campaign of two of the three, as typed");
        assertEquals(profile, rows.get(1).get(0));
        assertEquals(
                List.of("Sanne Visser", "1", "0", "–"), rows.get(1).subList(1, 5), "no counted views, still listed");
        assertEquals("Sanne Visser", rows.get(1).get(6), "the consultant the page belongs to");
        assertEquals("", rows.get(1).get(7), "no campaign");

        Document week = admin.page("/admin/index.xhtml?conversies=week").page();
        assertEquals(
                "Contactaanvragen per bronpagina deze week",
                week.getElementById("contacts").text());
        assertEquals(rows, contactRows(week), "today is in this week too");
    }

    /** The rows of the contact requests per source page: the page's link, then each cell's text. */
    private static List<List<String>> contactRows(Document dashboard) {
        dashboard.select("#contacts-per-page .ui-column-title").remove();
        return dashboard.select("#contacts-per-page tbody tr").stream()
                .map(row -> Stream.concat(
                                Stream.of(row.select("td a").attr("href")),
                                row.select("td").stream().map(cell -> cell.text()))
                        .toList())
                .toList();
    }

    @Test
    void aConsultantSeesNoStatistics() {
        site.post(
                "/test-only/accounts-for-editing",
                "admin=" + ADMIN + "&email=ilse%40koersvast.example&name=Ilse&password=Consultant-Wachtwoord-2026"
                        + "&role=CONSULTANT&consultant=ilse-bakker");
        AdminClient consultant = new AdminClient(base);
        consultant.logIn("ilse@koersvast.example", "Consultant-Wachtwoord-2026");
        HttpResponse<String> dashboard =
                site.getWith("/admin/index.xhtml", "Cookie", "JSESSIONID=" + consultant.sessionId());
        assertEquals(200, dashboard.statusCode());
        Document page = Jsoup.parse(dashboard.body());
        assertTrue(
                page.select("#statistics, .ui-chart, #top-week, #referrers, #contacts-per-page")
                        .isEmpty(),
                "nothing of the statistics");
        assertFalse(page.select("h1, h2").isEmpty(), "but the dashboard itself");
    }

    /** A GET as a person's browser (Firefox) sends it, with other headers or another User-Agent. */
    private HttpResponse<String> visit(String path, String... headers) {
        Map<String, String> byName = new HashMap<>(Map.of("User-Agent", FIREFOX));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            byName.put(headers[i], headers[i + 1]);
        }
        return site.getWith(
                path,
                byName.entrySet().stream()
                        .flatMap(header -> Stream.of(header.getKey(), header.getValue()))
                        .toArray(String[]::new));
    }

    /** What the database holds once the views counted so far are written. */
    private Map<String, Long> stored() {
        return parse(site.get("/test-only/statistics?write=1").body());
    }

    private long stored(String name) {
        return stored().getOrDefault(name, 0L);
    }

    /** What the database holds now, without writing. */
    private Map<String, Long> readOnly() {
        return parse(site.get("/test-only/statistics").body());
    }

    private static Map<String, Long> parse(String lines) {
        Map<String, Long> counts = new HashMap<>();
        for (String line : lines.split("\n")) {
            int last = line.lastIndexOf(' ');
            if (last > 0) {
                counts.put(
                        line.substring(0, last),
                        Long.parseLong(line.substring(last + 1).strip()));
            }
        }
        return counts;
    }
}
