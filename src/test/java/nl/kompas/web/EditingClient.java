package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editing tests' side of an {@link EditingProbe}: runs editing actions as someone and reads
 * back what the probe answers, and looks at the public site as a visitor.
 */
final class EditingClient {

    /** What a save left, as the probe answers it. */
    record Saved(long id, int version, int revision, String slug, String status) {
        Saved withVersion(int newVersion) {
            return new Saved(id, newVersion, revision, slug, status);
        }
    }

    private static final Pattern SAVED =
            Pattern.compile("saved id=(\\d+) version=(\\d+) revision=(\\d+) slug=(\\S+) status=(\\S+)");

    final SiteClient site;
    private final String probe;

    /** @param probe the probe's path, such as "/test-only/cases" */
    EditingClient(SiteClient site, String probe) {
        this.site = site;
        this.probe = probe;
    }

    static Saved saved(String answer) {
        Matcher matcher = SAVED.matcher(answer);
        assertTrue(matcher.matches(), answer);
        return new Saved(
                Long.parseLong(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                matcher.group(4),
                matcher.group(5));
    }

    /** Runs an editing action; for an existing item the stored fields are kept unless given. */
    String edit(String as, String action, Saved item, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("as", as);
        form.put("action", action);
        if (item != null) {
            form.put("id", String.valueOf(item.id()));
            form.put("version", String.valueOf(item.version()));
        }
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        HttpResponse<String> response = site.post(
                probe,
                form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Runs an action that must succeed. */
    Saved save(String as, String action, Saved item, String... fields) {
        return saved(edit(as, action, item, fields));
    }

    String revision(long id, int number) {
        return get(probe + "/revision?id=" + id + "&number=" + number);
    }

    List<String> revisions(long id) {
        return get(probe + "/revisions?id=" + id).lines().toList();
    }

    String diff(long id, int older, int newer) {
        return get(probe + "/diff?id=" + id + "&older=" + older + "&newer=" + newer);
    }

    String open(String as, long id) {
        return get(probe + "/open?as=" + encode(as) + "&id=" + id);
    }

    String audit(String prefix) {
        return get(probe + "/audit?prefix=" + prefix);
    }

    /** "count=…" and a line per row; the query gives filters, sort, asc, first and max. */
    List<String> list(String as, String query) {
        String paged = query.contains("max=") ? query : query + "&first=0&max=100";
        return get(probe + "/list?as=" + encode(as) + "&" + paged).lines().toList();
    }

    /** The id of the item the list finds by these filters alone. */
    long idOf(String query) {
        List<String> rows = list("editor", query);
        assertEquals("count=1", rows.get(0), rows.toString());
        return Long.parseLong(rows.get(1).split("\\|")[0]);
    }

    /** The version an editor opening the item now would save against. */
    int version(long id) {
        String opened = open("editor", id);
        Matcher matcher = Pattern.compile("opened version=(\\d+).*").matcher(opened);
        assertTrue(matcher.matches(), opened);
        return Integer.parseInt(matcher.group(1));
    }

    String get(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    void assertMoved(String from, String to) {
        HttpResponse<String> response = site.get(from);
        assertEquals(301, response.statusCode(), from);
        assertEquals(to, response.headers().firstValue("Location").orElseThrow(), from);
        assertTrue(response.headers().firstValue("X-Cache").isEmpty(), "never from the page cache: " + from);
    }

    /** Waits up to a minute for a page to answer 200, as a scheduled item's does when its time comes. */
    HttpResponse<String> awaitPage(String path) throws InterruptedException {
        HttpResponse<String> page = null;
        for (int second = 0; second < 60; second++) {
            page = site.get(path);
            if (page.statusCode() == 200) {
                break;
            }
            Thread.sleep(1000);
        }
        return page;
    }

    void assertNotOn(String path, String text) {
        assertFalse(site.get(path).body().contains(text), text + " on " + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
