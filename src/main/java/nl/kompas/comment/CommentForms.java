package nl.kompas.comment;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.kompas.account.ClientAddress;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.platform.web.PostedForm;
import nl.kompas.platform.web.PublicFormServlet;
import nl.kompas.platform.web.SitePaths;

/**
 * Takes the comment form of an article page (a POST to /artikelen/{slug}): a comment that passes
 * goes to the moderation queue and the visitor is sent to a page that says so; otherwise the
 * article is shown again with the messages at the fields and the text as typed.
 */
@WebServlet(name = "CommentForms", urlPatterns = "/forms/comment")
public class CommentForms extends PublicFormServlet {

    @Inject
    SitePaths paths;

    private static final long serialVersionUID = 1L;

    @Inject
    ArticleRepository articles;

    @Inject
    Comments comments;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String slug = route.param("slug");
        Optional<Article> article = articles.findPublishedBySlug(slug);
        if (article.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!article.get().isCommentsOpen()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PostedForm form = CommentForm.check(PostedForm.read(request, CommentForm.FIELDS));
        if (!form.isValid() || !passesSpamGuard(request, response, CommentForm.SPAM_FORM, form, form.value("text"))) {
            showAgain(request, response, CommentForm.ATTRIBUTE, form);
            return;
        }
        comments.post(
                article.get().getId(),
                form.value("name"),
                form.value("email"),
                form.value("text"),
                clientAddress.of(request));
        redirect(response, paths.commentReceived(route.getLanguage(), slug));
    }
}
