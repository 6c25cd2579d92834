package nl.kompas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.kompas.content.ContentEntity;
import nl.kompas.content.PageCacheListener;
import nl.kompas.content.Slug;

/** A series of articles read in order, such as a two-part piece; its slug is made from the title. */
@Entity
@Table(name = "series")
@NamedQuery(name = "Series.findBySlug", query = "select x from Series x where x.slug = :slug")
@EntityListeners(PageCacheListener.class)
public class Series implements ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    protected Series() {}

    public Series(String title) {
        if (title == null || Slug.from(title).isEmpty()) {
            throw new IllegalArgumentException("A series needs a title with letters or digits");
        }
        this.title = title.strip();
        this.slug = Slug.from(title);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }
}
