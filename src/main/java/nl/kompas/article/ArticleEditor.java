package nl.kompas.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.editing.PublishableEditor;

/**
 * The article editor, /admin/article.xhtml?id=… (no id: a new article). Everything editors of
 * every kind share is in {@link PublishableEditor}; here are the article's own suggestions for
 * categories, tags, series and authors.
 */
@Named
@ViewScoped
public class ArticleEditor extends PublishableEditor<ArticleForm> {

    private static final long serialVersionUID = 1L;

    static final String FORM_ID = "article";

    @Inject
    transient ArticleEditing editing;

    @Inject
    transient AdminArticles adminArticles;

    @Override
    protected ArticleEditing editing() {
        return editing;
    }

    @Override
    protected String page() {
        return "/admin/article.xhtml";
    }

    @Override
    public String getFormId() {
        return FORM_ID;
    }

    /** Existing names that contain the typed text, with the typed text first when it is new. */
    public List<String> completeCategories(String typed) {
        return withTyped(typed, adminArticles.categoryNames(typed));
    }

    public List<String> completeTags(String typed) {
        return withTyped(typed, adminArticles.tagNames(typed));
    }

    public List<String> completeSeries(String typed) {
        return withTyped(typed, adminArticles.seriesTitles(typed));
    }

    static List<String> withTyped(String typed, List<String> existing) {
        List<String> suggestions = new ArrayList<>(existing);
        String stripped = typed == null ? "" : typed.strip();
        if (!stripped.isEmpty() && existing.stream().noneMatch(name -> name.equalsIgnoreCase(stripped))) {
            suggestions.add(0, stripped);
        }
        return suggestions;
    }

    public List<Consultant> getConsultants() {
        return adminArticles.consultants();
    }
}
