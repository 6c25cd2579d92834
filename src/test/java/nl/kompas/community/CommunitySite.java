package nl.kompas.community;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor without cookies on the site under test, posting its public forms as a browser would
 * (form token, Origin), plus the test probe and the GreenMail server the site sends to.
 */
public final class CommunitySite {

    static final int SMTP_PORT = Integer.parseInt(System.getProperty("it.smtp.port", "3925"));

    /** The site's configured address (arquillian.xml); links in mails use it, the tests swap in the real one. */
    public static final String CONFIGURED_BASE = "http://localhost:8080";

    public final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public CommunitySite(URL url) {
        String text = url.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .GET());
    }

    Document page(String path) {
        return Jsoup.parse(get(path).body(), base);
    }

    /** The fields of the page's form matching the selector as the page rendered them (hidden ones included). */
    static Map<String, String> fieldsOf(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        assertNotNull(form, "a form " + formSelector);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.attr("value"));
        }
        return fields;
    }

    /** Posts a form as a browser on this site does, with its Origin. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** Posts a form as a browser on a page of another site does. */
    HttpResponse<String> postFrom(String origin, String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** Posts without a browser's headers, as a mail program's one-click unsubscribe does. */
    HttpResponse<String> postBare(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String probe(String path) {
        return get("/test-only/community" + path).body();
    }

    public String probePost(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + "/test-only/community" + path))
                        .POST(HttpRequest.BodyPublishers.noBody()))
                .body();
    }

    /** The spam guard refuses a form sent sooner after its page was rendered than a person types (1 s here). */
    public static void likeAPerson() {
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The mail's plain-text part. */
    public static String text(MimeMessage mail) {
        try {
            return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String html(MimeMessage mail) {
        try {
            return (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails to one address, oldest first. */
    static List<MimeMessage> mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return mail.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Waits until this many mails have reached the address, and returns them. */
    public static List<MimeMessage> waitForMails(GreenMail smtp, String address, int count) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> mails = mailsTo(smtp, address);
            if (mails.size() >= count) {
                return mails;
            }
            likeAPerson();
        }
        throw new AssertionError(count + " mail(s) to " + address + " did not arrive; got "
                + mailsTo(smtp, address).size());
    }

    /** The first address in the text that starts with the configured site address and this path, made one of the site under test. */
    public String link(String text, String path) {
        Matcher link =
                Pattern.compile(Pattern.quote(CONFIGURED_BASE + path) + "\\S+").matcher(text);
        if (!link.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + text);
        }
        return base + link.group().substring(CONFIGURED_BASE.length());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
