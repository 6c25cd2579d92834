package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.article.Taxonomy;

/**
 * Added to TaxonomyIT's deployment only: runs the taxonomy service as an editor or a consultant and
 * answers with what happened: "ok", "refused:{message key}" or "forbidden".
 */
@WebServlet("/test-only/taxonomy/*")
public class TaxonomyProbe extends HttpServlet {

    @Inject
    Taxonomy taxonomy;

    /** POST /test-only/taxonomy/{create|rename|delete}?kind=category&as=editor&name=…&id=… */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Role role = Role.fromGroupName(request.getParameter("as"));
        Actor actor = new Actor(1, "Eva Editor", Set.of(role), null);
        Taxonomy.Kind kind = Taxonomy.Kind.valueOf(request.getParameter("kind").toUpperCase(Locale.ROOT));
        String name = request.getParameter("name");
        response.setContentType("text/plain;charset=UTF-8");
        try {
            switch (request.getPathInfo()) {
                case "/create" ->
                    response.getWriter()
                            .print("ok:" + taxonomy.create(actor, kind, name).getId());
                case "/rename" -> {
                    taxonomy.rename(actor, kind, id(request, kind), name);
                    response.getWriter().print("ok");
                }
                case "/describe" -> {
                    taxonomy.describe(actor, kind, id(request, kind), request.getParameter("description"));
                    response.getWriter().print("ok");
                }
                case "/delete" -> {
                    taxonomy.delete(actor, kind, id(request, kind));
                    response.getWriter().print("ok");
                }
                default -> response.sendError(404);
            }
        } catch (Taxonomy.Refusal refusal) {
            response.getWriter().print("refused:" + refusal.messageKey());
        } catch (SecurityException e) {
            response.getWriter().print("forbidden");
        }
    }

    /** GET /test-only/taxonomy/list?kind=category&byUse=true&name=…: "name=uses" lines. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Taxonomy.Kind kind = Taxonomy.Kind.valueOf(request.getParameter("kind").toUpperCase(Locale.ROOT));
        response.setContentType("text/plain;charset=UTF-8");
        for (Taxonomy.Usage usage : taxonomy.page(
                kind, request.getParameter("name"), "true".equals(request.getParameter("byUse")), 0, 100)) {
            response.getWriter().println(usage.term().getName() + "=" + usage.articles());
        }
        response.getWriter().print("count=" + taxonomy.count(kind, request.getParameter("name")));
    }

    /** The id of the term named in "term", looked up through the list. */
    private long id(HttpServletRequest request, Taxonomy.Kind kind) {
        String term = request.getParameter("term");
        return taxonomy.page(kind, term, false, 0, 100).stream()
                .filter(usage -> usage.term().getName().equals(term))
                .findFirst()
                .orElseThrow()
                .term()
                .getId();
    }
}
