package nl.kompas.mail;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Added to the test deployment only: puts mails in the outbox the way a feature does, inside a
 * transaction that commits or rolls back, and lists the outbox's rows, so MailOutboxIT can watch
 * the sender from outside.
 */
@WebServlet("/test-only/mail/*")
public class MailProbe extends HttpServlet {

    @Inject
    Outbox outbox;

    @Inject
    MailLayout layout;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /**
     * POST /test-only/mail/enqueue?count=3&amp;reference=r&amp;rollback=false: that many mails to
     * mail-{i}@example.test, subject "{reference} {i}", in one transaction. POST
     * /test-only/mail/outside: one mail without a transaction (refused: 409).
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("reference");
        if ("/outside".equals(request.getPathInfo())) {
            try {
                outbox.enqueue(mail(reference, 0));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } catch (RuntimeException refused) {
                response.sendError(
                        HttpServletResponse.SC_CONFLICT, refused.getClass().getName());
            }
            return;
        }
        int count = Integer.parseInt(request.getParameter("count"));
        try {
            transaction.begin();
            for (int i = 1; i <= count; i++) {
                outbox.enqueue(mail(reference, i));
            }
            if ("true".equals(request.getParameter("rollback"))) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private OutgoingMail mail(String reference, int i) {
        MailParts parts = layout.mail("Proef " + i)
                .paragraph("Een mail <van> de test.")
                .button("Naar de site", "https://www.koersvast.example/")
                .footer("Afmelden kan altijd.")
                .build();
        return new OutgoingMail(
                "mail-" + i + "@example.test",
                reference + " " + i,
                parts.text(),
                parts.html(),
                Map.of("List-Unsubscribe", "<https://www.koersvast.example/afmelden/" + i + ">"),
                "test",
                reference);
    }

    /** GET /test-only/mail?reference=r: "status attempts" per mail of that reference, one a line. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<OutboxEntry> mails = em.createQuery(
                        "select e from OutboxEntry e where e.reference = :reference order by e.id", OutboxEntry.class)
                .setParameter("reference", request.getParameter("reference"))
                .getResultList();
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder lines = new StringBuilder();
        for (OutboxEntry mail : mails) {
            lines.append(mail.getStatus())
                    .append(' ')
                    .append(mail.getAttempts())
                    .append('\n');
        }
        response.getWriter().write(lines.toString());
    }
}
