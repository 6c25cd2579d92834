package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import nl.kompas.statistics.StatisticsWriter;

/**
 * Added to the statistics test only: reads what the database holds, so the test sees what was
 * stored rather than what the dashboard makes of it. GET ?write=1 first writes the batch counted
 * so far, as the timer would. Lines "page {path} {views}" and "referrer {domain} {visits}", all days.
 */
@WebServlet("/test-only/statistics")
public class StatisticsProbe extends HttpServlet {

    @Inject
    StatisticsWriter writer;

    @PersistenceContext
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("1".equals(request.getParameter("write"))) {
            writer.write();
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        for (Object[] row : em.createQuery(
                        "select v.path, sum(v.views) from DailyPageViews v group by v.path", Object[].class)
                .getResultList()) {
            out.println("page " + row[0] + " " + row[1]);
        }
        for (Object[] row : em.createQuery(
                        "select r.domain, sum(r.visits) from DailyReferrals r group by r.domain", Object[].class)
                .getResultList()) {
            out.println("referrer " + row[0] + " " + row[1]);
        }
    }
}
