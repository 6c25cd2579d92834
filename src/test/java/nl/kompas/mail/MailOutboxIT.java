package nl.kompas.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against a real SMTP server (GreenMail on it.smtp.port, started and stopped by each
 * test): mails wait while the server is down and arrive once it is up, each exactly once; mails of a
 * rolled-back transaction never leave; a mail has a plain-text and an HTML part and its headers.
 */
@ExtendWith(ArquillianExtension.class)
public class MailOutboxIT {

    public static final int SMTP_PORT = Integer.parseInt(System.getProperty("it.smtp.port", "3925"));

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-mail")
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(MailProbe.class);
    }

    @ArquillianResource
    URL base;

    private GreenMail smtp;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** GreenMail as the site's SMTP server, on the port arquillian.xml points payara-micro-mail at. */
    public static GreenMail startSmtpServer() {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mailsWaitWhileSmtpIsDownAndArriveOnceWhenItIsUp() throws Exception {
        enqueue("storing", 5, false);
        // The sender tries, fails, and keeps each mail for a later attempt.
        waitFor(
                "storing",
                lines -> lines.size() == 5
                        && lines.stream().allMatch(line -> line.startsWith("PENDING ") && !line.endsWith(" 0")));

        smtp = startSmtpServer();
        assertTrue(smtp.waitForIncomingEmail(30_000, 5), "all five arrive once SMTP is up");
        waitFor("storing", lines -> lines.stream().allMatch(line -> line.startsWith("SENT ")));
        Thread.sleep(3_000); // several more polls: nothing may go out again
        Map<String, Long> bySubject = Arrays.stream(smtp.getReceivedMessages())
                .map(MailOutboxIT::subject)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(
                Map.of("storing 1", 1L, "storing 2", 1L, "storing 3", 1L, "storing 4", 1L, "storing 5", 1L),
                bySubject,
                "every mail exactly once");
        assertTrue(
                status("storing").stream().anyMatch(line -> !line.equals("SENT 1")),
                "the mails needed more than one attempt: " + status("storing"));
    }

    @Test
    void mailsOfARolledBackTransactionNeverLeave() throws Exception {
        smtp = startSmtpServer();
        enqueue("teruggedraaid", 2, true);
        enqueue("bewaard", 1, false);
        assertTrue(smtp.waitForIncomingEmail(20_000, 1));
        Thread.sleep(2_500);
        assertEquals(
                List.of("bewaard 1"),
                Arrays.stream(smtp.getReceivedMessages())
                        .map(MailOutboxIT::subject)
                        .toList());
        assertEquals(List.of(), status("teruggedraaid"));
    }

    @Test
    void aMailHasTextAndHtmlPartsItsHeadersAndTheConfiguredSender() throws Exception {
        smtp = startSmtpServer();
        enqueue("opmaak", 1, false);
        assertTrue(smtp.waitForIncomingEmail(20_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("website@koersvast.example", mail.getFrom()[0].toString());
        assertEquals("mail-1@example.test", mail.getAllRecipients()[0].toString());
        assertEquals("<https://www.koersvast.example/afmelden/1>", mail.getHeader("List-Unsubscribe", null));
        assertTrue(mail.getMessageID().startsWith("<outbox-"), mail.getMessageID());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertEquals(2, parts.getCount());
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(text.contains("Een mail <van> de test.") && text.contains("https://www.koersvast.example/"), text);
        assertTrue(html.contains("Een mail &lt;van&gt; de test."), "text is escaped in HTML: " + html);
        assertTrue(html.contains("#c8553d"), "the default theme's accent colour: " + html);
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri("/test-only/mail/outside?reference=los"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, answer.statusCode());
        assertEquals(List.of(), status("los"));
    }

    private void enqueue(String reference, int count, boolean rollback) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri("/test-only/mail/enqueue?count=" + count + "&reference=" + reference
                                + "&rollback=" + rollback))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, answer.statusCode(), answer.body());
    }

    private List<String> status(String reference) throws IOException, InterruptedException {
        String body = http.send(
                        HttpRequest.newBuilder(uri("/test-only/mail?reference=" + reference))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return body.lines().toList();
    }

    private void waitFor(String reference, java.util.function.Predicate<List<String>> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> lines = status(reference);
        while (!condition.test(lines)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the outbox never got there: " + lines);
            }
            Thread.sleep(200);
            lines = status(reference);
        }
    }

    private URI uri(String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
