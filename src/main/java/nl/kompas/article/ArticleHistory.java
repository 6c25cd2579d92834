package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.IntFunction;
import nl.kompas.account.Actor;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.Revision;
import nl.kompas.content.RevisionDiff;
import nl.kompas.content.Revisions;

/**
 * The revisions of an article: who saved it when, the text of each, and what changed between any
 * two. Restoring one is an edit, in {@link ArticleEditing#restore}.
 */
@ApplicationScoped
public class ArticleHistory {

    @Inject
    ArticleRepository articles;

    @Inject
    Revisions revisions;

    /** Newest first, without their text. */
    @Transactional
    public List<Revision> revisions(Actor actor, long articleId) {
        checkView(actor, articleId);
        return revisions.of(ArticleEditing.ITEM_TYPE, articleId);
    }

    /** The text of one revision: the article's content file as it was then. */
    @Transactional
    public String text(Actor actor, long articleId, int number) {
        checkView(actor, articleId);
        return find(articleId, number).getFileText();
    }

    /**
     * What changed from one revision to another, as escaped HTML lines (see {@link RevisionDiff}).
     *
     * @param foldedLabel the words for a folded stretch of this many unchanged lines
     */
    @Transactional
    public String compare(Actor actor, long articleId, int older, int newer, IntFunction<String> foldedLabel) {
        checkView(actor, articleId);
        return RevisionDiff.html(
                find(articleId, older).getFileText(), find(articleId, newer).getFileText(), foldedLabel);
    }

    private Revision find(long articleId, int number) {
        return revisions
                .find(ArticleEditing.ITEM_TYPE, articleId, number)
                .orElseThrow(() -> new EditNotAllowed("editing.refused.missing"));
    }

    private void checkView(Actor actor, long articleId) {
        Article article = articles.find(articleId).orElseThrow(() -> new EditNotAllowed("editing.refused.missing"));
        EditingRights.checkView(actor, article);
    }
}
