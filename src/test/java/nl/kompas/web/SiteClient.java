package nl.kompas.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A visitor's view of the running site: plain HTTP, no redirects followed, HTML parsed by jsoup. */
final class SiteClient {

    /**
     * HTTP/1.1, as browsers speak to a plain-http site: Java's default, HTTP/2, first asks for an
     * h2c upgrade, and now and then misread a large answer to one as an HTTP/2 frame.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
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

    /** GETs a path with headers given as name, value, name, value… */
    HttpResponse<String> getWith(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** GETs a binary answer, such as an image, with any headers given as name, value, name, value… */
    HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> post(String path) {
        return post(path, "x=1");
    }

    HttpResponse<String> post(String path, String formBody) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(formBody))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, byte[] body, String contentType) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .header("Content-Type", contentType),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The status and headers of an answer to a raw request; header names in lower case. */
    record RawAnswer(int status, Map<String, String> headers) {}

    /**
     * Sends a request line exactly as given, even one no URI class would accept (such as
     * "//other.example/", which HttpClient would send to another host), and reads the answer's head.
     */
    RawAnswer raw(String requestTarget) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String request =
                    "GET " + requestTarget + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader answer =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(answer.readLine().split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = answer.readLine(); line != null && !line.isEmpty(); line = answer.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            return new RawAnswer(status, headers);
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
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
