package nl.kompas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.PublishableItem;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An article, blog or opinion piece by one or more consultants. Authors keep the order in which
 * they are named; categories and tags file the article; a series places it among other parts.
 */
@Entity
@Table(name = "article")
@NamedQuery(
        name = "Article.findPublishedBySlug",
        query =
                "select a from Article a where a.slug = :slug and a.status = nl.kompas.content.PublicationStatus.PUBLISHED")
@NamedQuery(name = "Article.findBySlug", query = "select a from Article a where a.slug = :slug")
@NamedQuery(
        name = "Article.findPartsOfSeries",
        query = "select a from Article a where a.series = :series and a.language = :language"
                + " and a.status = nl.kompas.content.PublicationStatus.PUBLISHED order by a.seriesPart, a.publishedOn")
@NamedQuery(
        name = "Article.findPublishedByAuthor",
        query =
                "select a from Article a join a.authors w where w = :author and a.language = :language"
                        + " and a.status = nl.kompas.content.PublicationStatus.PUBLISHED order by a.publishedOn desc, a.id desc")
public class Article extends PublishableItem {

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "type_label", nullable = false, length = 60)
    private String typeLabel;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @ManyToMany
    @JoinTable(
            name = "article_author",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "consultant_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<Consultant> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "article_category",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @OrderBy("name")
    @BatchFetch(BatchFetchType.IN)
    private List<Category> categories = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("name")
    @BatchFetch(BatchFetchType.IN)
    private List<Tag> tags = new ArrayList<>();

    /** Lazy: lists and feeds never show it, so they need not load it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    @BatchFetch(BatchFetchType.IN)
    private Series series;

    @Column(name = "series_part")
    private Integer seriesPart;

    @Column(length = 500)
    private String image;

    @Column(name = "image_alt", length = 500)
    private String imageAlt;

    /** Whether visitors may comment; editors close an article to comments (see nl.kompas.comment). */
    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen = true;

    protected Article() {}

    public Article(String slug, String title, String typeLabel, LocalDate publishedOn, MarkdownBody body) {
        super(slug, title, body);
        this.typeLabel = typeLabel == null || typeLabel.isBlank() ? "Artikel" : typeLabel.strip();
        this.publishedOn = Objects.requireNonNull(publishedOn);
        this.summary = "";
    }

    public void summarize(String newSummary) {
        this.summary = newSummary == null ? "" : newSummary.strip();
    }

    /** Adds an author after the ones already named. */
    public void writtenBy(Consultant author) {
        if (!authors.contains(author)) {
            authors.add(author);
        }
    }

    public void fileUnder(Category category) {
        if (!categories.contains(category)) {
            categories.add(category);
        }
    }

    public void tag(Tag tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
    }

    /** Places the article in a series as the given part (1 is the first). */
    public void placeInSeries(Series newSeries, int part) {
        if (part < 1) {
            throw new IllegalArgumentException("Series parts count from 1");
        }
        this.series = Objects.requireNonNull(newSeries);
        this.seriesPart = part;
    }

    /** An image needs alt text: a visitor who cannot see it must still know what it shows. */
    public void illustrate(String newImage, String newImageAlt) {
        if (newImage != null && (newImageAlt == null || newImageAlt.isBlank())) {
            throw new IllegalArgumentException("An image needs alt text");
        }
        this.image = newImage;
        this.imageAlt = newImage == null ? null : newImageAlt.strip();
    }

    /** Gives the article another type label; blank means the default, "Artikel". */
    public void relabel(String newTypeLabel) {
        this.typeLabel = newTypeLabel == null || newTypeLabel.isBlank() ? "Artikel" : newTypeLabel.strip();
    }

    /** The date shown with the article, and by which lists order it. */
    public void redate(LocalDate newDate) {
        this.publishedOn = Objects.requireNonNull(newDate);
    }

    /** Names exactly these authors, in this order. */
    public void creditOnly(List<Consultant> newAuthors) {
        authors.clear();
        newAuthors.forEach(this::writtenBy);
    }

    public void fileUnderOnly(List<Category> newCategories) {
        categories.clear();
        newCategories.forEach(this::fileUnder);
    }

    public void tagOnly(List<Tag> newTags) {
        tags.clear();
        newTags.forEach(this::tag);
    }

    /** Opens the article to new comments, or closes it; comments already approved stay shown. */
    public void allowComments(boolean open) {
        this.commentsOpen = open;
    }

    public void leaveSeries() {
        this.series = null;
        this.seriesPart = null;
    }

    /** Whether the consultant with this id is one of the authors: a consultant edits only those. */
    public boolean isWrittenBy(Long consultantId) {
        return consultantId != null && authors.stream().anyMatch(author -> consultantId.equals(author.getId()));
    }

    @Override
    protected void checkReadyToPublish() {
        if (authors.isEmpty()) {
            throw new IllegalStateException("An article needs an author before it is published");
        }
    }

    public String getSummary() {
        return summary.isEmpty() ? getBody().getExcerpt() : summary;
    }

    /** The summary as the editor wrote it: empty when the first paragraph stands in for it. */
    public String getOwnSummary() {
        return summary;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public List<Consultant> getAuthors() {
        return authors;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<Tag> getTags() {
        return tags;
    }

    public Series getSeries() {
        return series;
    }

    public Integer getSeriesPart() {
        return seriesPart;
    }

    public String getImage() {
        return image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }
}
