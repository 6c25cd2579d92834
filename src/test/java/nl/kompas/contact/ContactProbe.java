package nl.kompas.contact;

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

/**
 * Added to the test deployment only: reads the stored contact requests of one address, so the tests
 * see what a visitor cannot (the rule that decided, the attribution), and counts open requests.
 */
@WebServlet("/test-only/contact/*")
public class ContactProbe extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactRouting routing;

    @Resource
    UserTransaction transaction;

    @Inject
    ContactTimer upkeep;

    @Inject
    nl.kompas.privacy.PrivacyRequests privacy;

    private static final nl.kompas.account.Actor ADMIN =
            new nl.kompas.account.Actor(0, "Proef-beheerder", java.util.Set.of(nl.kompas.account.Role.ADMIN), null);

    /**
     * POST /test-only/contact/age?email=x&amp;hours=n: that address's requests arrived n hours earlier.
     * POST /test-only/contact/upkeep: one round of escalation and retention; answers "escalated anonymised".
     * POST /test-only/contact/export?email=x and /erase?email=x: the privacy page's actions, as an admin.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String email = request.getParameter("email");
        switch (request.getPathInfo()) {
            case "/age" -> {
                try {
                    transaction.begin();
                    em.createNativeQuery("UPDATE contact_request SET created_at = {fn TIMESTAMPADD(SQL_TSI_HOUR, ?,"
                                    + " created_at)} WHERE email = ?")
                            .setParameter(1, -Integer.parseInt(request.getParameter("hours")))
                            .setParameter(2, email)
                            .executeUpdate();
                    transaction.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            case "/upkeep" -> {
                int[] done = upkeep.runOnce();
                response.getWriter().write(done[0] + " " + done[1]);
            }
            case "/export" -> response.getWriter().write(privacy.export(ADMIN, email));
            case "/erase" ->
                response.getWriter().write(privacy.erase(ADMIN, email).toString());
            default -> response.sendError(404);
        }
    }

    /**
     * GET /test-only/contact?email=x: per request of that address, tab-separated: rule, assignee
     * (or -), status, source kind, source path, utm_source, utm_campaign, consent version, topic, id,
     * name, anonymised. GET /test-only/contact?id=n: the same for one request.
     * GET /test-only/contact/open?name=Anne de Vries: that consultant's open requests.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if ("/open".equals(request.getPathInfo())) {
            Long id = em.createQuery("select c.id from Consultant c where c.name = :name", Long.class)
                    .setParameter("name", request.getParameter("name"))
                    .getSingleResult();
            response.getWriter().write(String.valueOf(routing.openRequests().getOrDefault(id, 0L)));
            return;
        }
        List<ContactRequest> found = request.getParameter("id") != null
                ? List.of(em.find(ContactRequest.class, Long.parseLong(request.getParameter("id"))))
                : em.createQuery(
                                "select r from ContactRequest r where r.email = :email order by r.id",
                                ContactRequest.class)
                        .setParameter("email", request.getParameter("email"))
                        .getResultList();
        StringBuilder lines = new StringBuilder();
        for (ContactRequest r : found) {
            lines.append(String.join(
                            "\t",
                            r.getRoutingRule().name(),
                            r.getAssignee() == null ? "-" : r.getAssignee().getName(),
                            r.getStatus().name(),
                            String.valueOf(r.getSourceKind()),
                            String.valueOf(r.getSourcePath()),
                            String.valueOf(r.getUtmSource()),
                            String.valueOf(r.getUtmCampaign()),
                            r.getConsentVersion(),
                            String.valueOf(r.getTopicLabel()),
                            String.valueOf(r.getId()),
                            String.valueOf(r.getName()),
                            String.valueOf(r.isAnonymised())))
                    .append('\n');
        }
        response.getWriter().write(lines.toString());
    }
}
