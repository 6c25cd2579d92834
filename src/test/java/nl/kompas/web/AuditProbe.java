package nl.kompas.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditEntry;
import nl.kompas.audit.AuditLog;

/** Added to AuditLogIT's deployment only: writes audit entries in a transaction that commits or rolls back, and lists them. */
@WebServlet("/test-only/audit")
public class AuditProbe extends HttpServlet {

    @Inject
    AuditLog log;

    @Resource
    UserTransaction transaction;

    /** POST ?actor=…&action=…&title=…[&rollback=true] */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = new Actor(7, request.getParameter("actor"), Set.of(Role.EDITOR), null);
        try {
            transaction.begin();
            log.record(
                    actor,
                    request.getParameter("action"),
                    new AuditLog.Subject("article", 42L, request.getParameter("title")),
                    "detail");
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

    /** GET ?actor=…&prefix=…: one line per entry, newest first: "actor|action|title", then the count. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String actor = request.getParameter("actor");
        String prefix = request.getParameter("prefix");
        response.setContentType("text/plain;charset=UTF-8");
        for (AuditEntry entry : log.newest(0, 100, actor, prefix)) {
            response.getWriter()
                    .println(entry.getActorName() + "|" + entry.getAction() + "|" + entry.getSubjectTitle());
        }
        response.getWriter().print("count=" + log.count(actor, prefix));
    }
}
