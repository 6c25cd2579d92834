package nl.kompas.comment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import nl.kompas.article.Article;
import nl.kompas.platform.web.PostedForm;

/** The comments under an article page: the approved ones, and the form as posted when it is shown again. */
@Named
@RequestScoped
public class ArticleComments {

    private static final PostedForm EMPTY = PostedForm.of(Map.of());

    @Inject
    Comments comments;

    @Inject
    HttpServletRequest request;

    private List<Comment> approved;

    public List<Comment> approvedOf(Article article) {
        if (approved == null) {
            approved = comments.approvedOf(article.getId());
        }
        return approved;
    }

    public PostedForm getForm() {
        return request.getAttribute(CommentForm.ATTRIBUTE) instanceof PostedForm form ? form : EMPTY;
    }
}
