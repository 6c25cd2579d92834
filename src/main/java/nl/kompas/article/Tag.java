package nl.kompas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.kompas.content.PageCacheListener;
import nl.kompas.content.Slug;
import nl.kompas.search.SearchIndexListener;

/** A tag of articles, named by editors; its slug is made from the name. */
@Entity
@Table(name = "tag")
@NamedQuery(name = "Tag.findBySlug", query = "select x from Tag x where x.slug = :slug")
@EntityListeners({PageCacheListener.class, SearchIndexListener.class})
public class Tag implements ArticleTerm {

    /** The length of the name column. */
    public static final int MAX_NAME_LENGTH = ArticleTerm.MAX_NAME_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    protected Tag() {}

    public Tag(String name) {
        rename(name);
    }

    /** A new name, and with it a new slug, because the slug is made from the name. */
    @Override
    public void rename(String newName) {
        this.name = ArticleTerm.checkedName(newName);
        this.slug = Slug.from(this.name);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getSlug() {
        return slug;
    }

    @Override
    public String getName() {
        return name;
    }
}
