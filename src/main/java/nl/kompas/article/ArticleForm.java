package nl.kompas.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.editing.PublishableForm;

/**
 * What the article editor shows and sends back: every front-matter field as entered, plus the
 * version it was loaded at (see {@link PublishableForm}). {@link ArticleEditing} checks and applies
 * it; nothing here is trusted.
 */
public class ArticleForm extends PublishableForm {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String typeLabel = "Artikel";
    private String summary;
    private List<Long> authorIds = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private String series;
    /** Text, so that anything typed reaches the service's own message. */
    private String part;

    private String image;
    private String imageAlt;
    private boolean commentsOpen = true;

    /** The article as it is stored now. */
    public static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.loaded(article);
        form.date = article.getPublishedOn();
        form.typeLabel = article.getTypeLabel();
        form.summary = article.getOwnSummary();
        article.getAuthors().forEach(author -> form.authorIds.add(author.getId()));
        article.getCategories().forEach(category -> form.categories.add(category.getName()));
        article.getTags().forEach(tag -> form.tags.add(tag.getName()));
        if (article.getSeries() != null) {
            form.series = article.getSeries().getTitle();
            form.part = String.valueOf(article.getSeriesPart());
        }
        form.image = article.getImage();
        form.imageAlt = article.getImageAlt();
        form.commentsOpen = article.isCommentsOpen();
        return form;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public void setTypeLabel(String typeLabel) {
        this.typeLabel = typeLabel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<Long> getAuthorIds() {
        return authorIds;
    }

    /**
     * The authors in byline order. A multi-select hands back its choices in the order of its
     * options, so authors named before keep their place and new ones follow.
     */
    public void setAuthorIds(List<Long> selected) {
        List<Long> chosen = selected == null ? List.of() : selected;
        List<Long> ordered =
                new ArrayList<>(authorIds.stream().filter(chosen::contains).toList());
        chosen.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        this.authorIds = ordered;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public String getPart() {
        return part;
    }

    public void setPart(String part) {
        this.part = part;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }
}
