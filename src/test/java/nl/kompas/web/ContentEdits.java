package nl.kompas.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.PublicationStatus;
import nl.kompas.platform.cache.CacheablePage;

/**
 * Added to the test deployment only: edits content the way the admin will, through the
 * repositories in a committed transaction, so tests can watch the public pages follow. Also a
 * deliberately slow cacheable page that counts its renders.
 */
@WebServlet("/test-only/*")
public class ContentEdits extends HttpServlet {

    private static final AtomicInteger SLOW_RENDERS = new AtomicInteger();

    @Inject
    ArticleRepository articles;

    @Inject
    ConsultantRepository consultants;

    @Resource
    UserTransaction transaction;

    /**
     * POST /test-only/articles/{slug}?title=… or ?status=draft|published or ?image=…&amp;imageAlt=…;
     * POST /test-only/consultants/{slug}?photo=…
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        try {
            transaction.begin();
            if (path.startsWith("/consultants/")) {
                Consultant consultant = consultants
                        .findBySlug(path.substring("/consultants/".length()))
                        .orElseThrow();
                consultant.changeContact(
                        consultant.getLinkedinUrl(), consultant.getEmail(), request.getParameter("photo"));
            } else {
                editArticle(path.substring("/articles/".length()), request);
            }
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Edit failed", e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void editArticle(String slug, HttpServletRequest request) {
        Article article = articles.findBySlug(slug).orElseThrow();
        if (request.getParameter("title") != null) {
            article.retitle(request.getParameter("title"));
        }
        if (request.getParameter("status") != null) {
            article.changeStatus(PublicationStatus.fromFrontMatter(request.getParameter("status")));
        }
        if (request.getParameter("image") != null) {
            article.illustrate(request.getParameter("image"), request.getParameter("imageAlt"));
        }
    }

    /** GET /test-only/slow-page: a cacheable page that takes half a second; /test-only/slow-renders: how often it rendered. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if ("/slow-renders".equals(request.getPathInfo())) {
            response.getWriter().print(SLOW_RENDERS.get());
            return;
        }
        SLOW_RENDERS.incrementAndGet();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CacheablePage.mark(request);
        response.getWriter().print("Slow page, render " + SLOW_RENDERS.get());
    }
}
