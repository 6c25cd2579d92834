package nl.kompas.article;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.content.PublicationStatus;

/**
 * What the article editor shows and sends back: every front-matter field as entered, plus the
 * version it was loaded at, so that a save on a stale copy is refused. {@link ArticleEditing}
 * checks and applies it; nothing here is trusted.
 */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private PublicationStatus status = PublicationStatus.DRAFT;
    private Instant publishAt;
    private boolean everPublished;
    private boolean editable = true;

    private String title;
    private String slug;
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
    private String body = "";

    /** The article as it is stored now. */
    public static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.id = article.getId();
        form.version = article.getVersion();
        form.status = article.getStatus();
        form.publishAt = article.getPublishAt();
        form.everPublished = article.isEverPublished();
        form.title = article.getTitle();
        form.slug = article.getSlug();
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
        form.body = article.getBody().getSource();
        return form;
    }

    /** Whether the person who opened it may change it; otherwise the editor shows it read-only. */
    public boolean isEditable() {
        return editable;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    /** For the test servlet and for callers that keep only an id and a version between requests. */
    public void setVersion(int version) {
        this.version = version;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public boolean isEverPublished() {
        return everPublished;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }
}
