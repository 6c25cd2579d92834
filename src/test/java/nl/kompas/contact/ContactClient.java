package nl.kompas.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor's browser without script or cookies, for the contact tests (and the statistics test's
 * contact requests): reads a page, fills in one
 * of its forms as found (hidden fields included), and posts it with the Origin and Referer a browser
 * sends (the page's full address), from its own client address (X-Forwarded-For, which the test
 * container trusts).
 */
public final class ContactClient {

    public record Answer(int status, String location, Document page, String body, Map<String, List<String>> headers) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final String address;

    public ContactClient(URL base, String address) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.address = address;
    }

    String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    public Document page(String path) {
        Answer answer = get(path);
        assertEquals(200, answer.status(), "GET " + path);
        return answer.page();
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The form's fields as the page has them: inputs (checked boxes only), selected options, text areas. */
    static Map<String, String> fields(Document page, String formId) {
        Element form = page.getElementById(formId);
        assertNotNull(form, "no form " + formId);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                fields.put(input.attr("name"), chosen == null ? "" : chosen.attr("value"));
            } else if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.text());
            } else {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }

    /** Fills in a form of a page (values replace or add fields; null removes one) and posts it. */
    public Answer submit(Document page, String formId, Map<String, String> values) {
        Map<String, String> fields = fields(page, formId);
        values.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        return post(page.getElementById(formId).attr("action"), fields, origin(), page.location());
    }

    Answer post(String path, Map<String, String> fields, String origin) {
        return post(path, fields, origin, null);
    }

    Answer post(String path, Map<String, String> fields, String origin, String referer) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&"))));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (referer != null && !referer.isEmpty()) {
            request.header("Referer", referer);
        }
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
        request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(60));
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    Jsoup.parse(response.body(), sent.uri().toString()),
                    response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
