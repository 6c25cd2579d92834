package nl.kompas.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.ContentFile;
import nl.kompas.content.FrontMatter;

/**
 * Reads a revision, the text of an article's content file, back into a form, so that restoring it
 * goes through the same checks as any save.
 */
final class ArticleRevisionText {

    private ArticleRevisionText() {}

    /**
     * @param current the article as stored: the form keeps its id and status, and only its text
     *     comes from the revision
     * @param consultantBySlug finds an author named in the file; an author who is gone is left out
     */
    static ArticleForm read(String fileText, Article current, Function<String, Optional<Consultant>> consultantBySlug) {
        ContentFile file = ContentFile.parse("articles/" + current.getSlug() + ".md", fileText);
        FrontMatter fields = file.frontMatter();
        ArticleForm form = ArticleForm.of(current);
        form.setTitle(fields.text("title").orElse(null));
        form.setSlug(fields.text("slug").orElse(null));
        form.setDate(fields.requiredDate("date"));
        form.setTypeLabel(fields.text("type").orElse(null));
        List<Long> authors = new ArrayList<>();
        for (String slug : fields.list("authors")) {
            consultantBySlug.apply(slug).ifPresent(author -> authors.add(author.getId()));
        }
        form.setAuthorIds(authors);
        form.setCategories(fields.list("categories"));
        form.setTags(fields.list("tags"));
        form.setSeries(fields.text("series").orElse(null));
        form.setPart(fields.text("part").orElse(null));
        form.setImage(fields.text("image").orElse(null));
        form.setImageAlt(fields.text("image_alt").orElse(null));
        form.setCommentsOpen(!fields.has("comments") || fields.flag("comments"));
        form.setBody(file.body());
        form.setSummary(file.ownSummary());
        return form;
    }
}
