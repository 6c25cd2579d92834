package nl.kompas.account;

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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser, as far as the admin needs it: keeps the site's cookies (also Secure ones
 * over the tests' plain HTTP), submits Faces forms with their view state as read from the page, and
 * follows no redirect unasked. Each client can claim its own address in X-Forwarded-For, which the
 * site believes where site.admin.client-ip-header says so.
 */
public final class AdminClient {

    /** An answer: status, headers (names in lower case), body, and the body parsed as HTML. */
    public record Answer(int status, Map<String, List<String>> headers, String body, Document page) {

        String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> setCookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }

        /** The path and query the answer redirects to, without scheme and host. */
        String location() {
            String location = header("location");
            assertNotNull(location, "expected a redirect, got " + status);
            URI uri = URI.create(location);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        /** The text of the page's messages: the login's and setup's list, PrimeFaces' growl and field messages. */
        String messages() {
            return page
                    .select(".entrance-messages li, .ui-growl-message, .ui-messages li, .field-problem, .ui-message")
                    .eachText()
                    .stream()
                    .collect(Collectors.joining(" | "));
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String forwardedFor;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public AdminClient(URL base) {
        this(base, null);
    }

    AdminClient(URL base, String forwardedFor) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.forwardedFor = forwardedFor;
    }

    /** The session id this client holds now, or null. */
    public String sessionId() {
        return cookies.get("JSESSIONID");
    }

    /** Forgets every cookie, as when the session has ended. */
    void forgetCookies() {
        cookies.clear();
    }

    void useSessionId(String id) {
        cookies.put("JSESSIONID", id);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** GETs a page that must answer 200. */
    public Answer page(String path) {
        Answer answer = get(path);
        assertEquals(200, answer.status(), "GET " + path + " answered " + answer.status() + " " + answer.headers());
        return answer;
    }

    /** POSTs a plain form, not a Faces one. */
    Answer post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows the redirect of an answer, once. */
    Answer follow(Answer redirect) {
        return get(redirect.location());
    }

    /**
     * Submits a form of a page as a browser would: its hidden fields (the view state among them),
     * its other fields as they are, then the given values, and the named button. Names without a
     * colon are taken to be in the form ("email" is "login:email"); a list gives a field several
     * values (checkboxes).
     */
    public Answer submit(Answer page, String formId, String button, Map<String, ?> values) {
        Element form = page.page().getElementById(formId);
        assertNotNull(form, "no form '" + formId + "' on the page: " + page.body());
        List<String[]> fields = new ArrayList<>();
        Map<String, Object> overrides = new LinkedHashMap<>();
        values.forEach((name, value) -> overrides.put(name.contains(":") ? name : formId + ":" + name, value));
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            if (overrides.containsKey(name) || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                if (chosen != null) {
                    fields.add(new String[] {name, chosen.attr("value")});
                }
                continue;
            }
            fields.add(new String[] {name, input.val()});
        }
        overrides.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(item -> fields.add(new String[] {name, String.valueOf(item)}));
            } else if (value != null) {
                fields.add(new String[] {name, String.valueOf(value)});
            }
        });
        Element submit = form.selectFirst("[name=\"" + formId + ":" + button + "\"]");
        assertNotNull(submit, "no button '" + button + "' in form '" + formId + "'");
        fields.add(new String[] {submit.attr("name"), submit.hasAttr("value") ? submit.attr("value") : ""});
        String action = form.attr("action");
        String body = fields.stream()
                .map(field -> URLEncoder.encode(field[0], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the login page and logs in; returns the answer to the login's POST. */
    public Answer logIn(String email, String password) {
        Answer login = page("/admin/login.xhtml");
        return submit(login, "login", "submit", Map.of("email", email, "password", password));
    }

    private Answer send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, list) -> headers.put(name.toLowerCase(Locale.ROOT), list));
            for (String setCookie : headers.getOrDefault("set-cookie", List.of())) {
                remember(setCookie);
            }
            return new Answer(
                    response.statusCode(),
                    headers,
                    response.body(),
                    Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void remember(String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        String name = parts[0].substring(0, equals).strip();
        String value = parts[0].substring(equals + 1).strip();
        boolean expired = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
            if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01")) {
                expired = true;
            }
        }
        if (expired || value.isEmpty()) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
