package nl.kompas.newsletter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import nl.kompas.account.CurrentActor;

/**
 * The subscriber list as CSV (admin/newsletter-subscribers.csv), for a spreadsheet or another
 * mailing tool: address, status and the consent record. For editors and admins (web.xml and the check
 * here).
 */
@WebServlet(name = "SubscriberCsv", urlPatterns = "/admin/newsletter-subscribers.csv")
public class SubscriberCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "email,status,requested_at,requested_ip,requested_text_version,"
            + "confirmed_at,confirmed_ip,confirmed_text_version,unsubscribed_at";

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentActor currentActor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NewsletterSending.requireEditor(currentActor.get());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"nieuwsbrief-abonnees.csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print(HEADER + "\r\n");
        for (Subscriber s : subscriptions.all()) {
            out.print(String.join(
                            ",",
                            cell(s.getEmail()),
                            s.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                            time(s.getRequestedAt()),
                            cell(s.getRequestedIp()),
                            cell(s.getRequestedTextVersion()),
                            time(s.getConfirmedAt()),
                            cell(s.getConfirmedIp()),
                            cell(s.getConfirmedTextVersion()),
                            time(s.getUnsubscribedAt()))
                    + "\r\n");
        }
    }

    private static String time(LocalDateTime utc) {
        return utc == null ? "" : utc + "Z";
    }

    /**
     * One CSV cell. A value a spreadsheet would run as a formula (=, +, -, @ first) gets a quote
     * before it: the addresses were typed by visitors.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return safe.matches(".*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
