package nl.kompas.web;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A visitor's view of the running site: plain HTTP, no redirects followed, HTML parsed by jsoup. */
final class SiteClient {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    SiteClient(URL base) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> get(String path, String header, String value) {
        return send(
                HttpRequest.newBuilder(base.resolve(path)).header(header, value).GET());
    }

    HttpResponse<String> post(String path) {
        return post(path, "x=1");
    }

    HttpResponse<String> post(String path, String formBody) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(formBody))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    /**
     * Sends a request line exactly as given, even one no URI class would accept, and returns the
     * status code of the answer.
     */
    int rawStatus(String requestTarget) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String request =
                    "GET " + requestTarget + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        }
    }

    /** GETs a page that must exist and returns it parsed. */
    Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ", expected 200");
        }
        return Jsoup.parse(response.body(), base.resolve(path).toString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
