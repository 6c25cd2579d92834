package nl.kompas.web;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import nl.kompas.article.Article;
import nl.kompas.article.Tag;

/**
 * Added to SearchIT's deployment only: content changes that {@link ContentEdits} does not make. An
 * edit that is written to the database and then rolled back, an article deleted for good, and a
 * renamed tag.
 */
@WebServlet("/test-only/search/*")
public class SearchEdits extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /**
     * POST /test-only/search/rolled-back/{slug}?title=…: retitles the article, flushes the change to
     * the database (so every entity listener sees it), then rolls the transaction back.
     * POST /test-only/search/deleted/{slug}: deletes the article in a committed transaction.
     * POST /test-only/search/renamed-tag/{slug}?name=…: renames a tag in a committed transaction.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String[] path = request.getPathInfo().substring(1).split("/");
        try {
            transaction.begin();
            if ("renamed-tag".equals(path[0])) {
                em.createNamedQuery("Tag.findBySlug", Tag.class)
                        .setParameter("slug", path[1])
                        .getSingleResult()
                        .rename(request.getParameter("name"));
                transaction.commit();
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            Article article = em.createNamedQuery("Article.findBySlug", Article.class)
                    .setParameter("slug", path[1])
                    .getSingleResult();
            if ("rolled-back".equals(path[0])) {
                article.retitle(request.getParameter("title"));
                em.flush();
                transaction.rollback();
            } else if ("deleted".equals(path[0])) {
                em.remove(article);
                transaction.commit();
            } else {
                transaction.rollback();
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (Exception e) {
            throw new IllegalStateException("Edit failed", e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
