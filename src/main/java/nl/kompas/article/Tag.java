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

/** A tag of articles, named by editors; its slug is made from the name. */
@Entity
@Table(name = "tag")
@NamedQuery(name = "Tag.findBySlug", query = "select x from Tag x where x.slug = :slug")
@EntityListeners(PageCacheListener.class)
public class Tag implements ContentEntity {

    /** The length of the name column. */
    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    protected Tag() {}

    public Tag(String name) {
        if (name == null || Slug.from(name).isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name with letters or digits");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A tag name has at most " + MAX_NAME_LENGTH + " characters");
        }
        this.name = name.strip();
        this.slug = Slug.from(name);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }
}
