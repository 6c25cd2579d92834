package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleFilter;
import nl.kompas.article.ArticleRepository;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.platform.web.SiteLanguage;

/**
 * Added to the test deployment only: a POST with {@code count} adds that many published articles,
 * newer than the sample content, each with two authors, two categories (one "Adviseren"), two tags
 * (one "Reflectie"), a place in a series and an image, so that every list, feed and the sitemap
 * holds more of everything a page can show of an article.
 */
@WebServlet("/test-only/more-articles")
public class MoreArticlesServlet extends HttpServlet {

    @Inject
    ArticleRepository articles;

    @Inject
    ConsultantRepository consultants;

    @Inject
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        int count = Integer.parseInt(request.getParameter("count"));
        try {
            transaction.begin();
            List<Consultant> people = consultants.findAll();
            long existing = articles.countPublished(ArticleFilter.all(SiteLanguage.NL));
            for (int i = 1; i <= count; i++) {
                articles.add(article(existing + i, people));
            }
            transaction.commit();
        } catch (Exception e) {
            throw new ServletException(e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private Article article(long number, List<Consultant> people) {
        Article article = new Article(
                "meer-" + number,
                "Nog een artikel, nummer " + number,
                "Blog",
                LocalDate.of(2026, 3, 1).plusDays(number % 200),
                MarkdownRenderer.instance()
                        .render("Lees ook [het vorige](/artikelen/meer-" + (number - 1) + ").\n\n"
                                + "![Schema](/media/leercyclus.svg \"Figuur\")\n"));
        article.summarize("Artikel " + number + " maakt de lijsten langer.");
        article.writtenBy(people.get((int) (number % people.size())));
        article.writtenBy(people.get((int) ((number + 1) % people.size())));
        article.fileUnder(articles.categoryNamed("Adviseren"));
        article.fileUnder(articles.categoryNamed("Extra categorie " + number % 5));
        article.tag(articles.tagNamed("Reflectie"));
        article.tag(articles.tagNamed("Extra tag " + number % 7));
        article.placeInSeries(articles.seriesTitled("Extra reeks " + number / 3), (int) (number % 3) + 1);
        article.illustrate("/media/leercyclus.svg", "Schema van de leercyclus");
        article.publish();
        return article;
    }
}
