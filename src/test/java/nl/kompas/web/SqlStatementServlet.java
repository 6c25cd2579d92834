package nl.kompas.web;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.persistence.sessions.Session;

/**
 * Added to the test deployment only: counts the SQL statements EclipseLink sends. At start-up it
 * puts a {@link SqlStatementLog} on the server session, which every later entity manager's
 * session logs through. A GET answers the statements sent since the previous GET, one a line
 * after their number, and sends none itself.
 */
@WebServlet(urlPatterns = "/test-only/sql-statements", loadOnStartup = 1)
public class SqlStatementServlet extends HttpServlet {

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    private SqlStatementLog log;

    @Override
    public void init() {
        Session session = entityManagerFactory.unwrap(Session.class);
        log = new SqlStatementLog(session.getSessionLog());
        session.setSessionLog(log);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> statements = log.takeStatements();
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().println(statements.size());
        for (String statement : statements) {
            response.getWriter().println(statement.replace('\n', ' '));
        }
    }
}
