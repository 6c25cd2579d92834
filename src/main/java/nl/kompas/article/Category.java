package nl.kompas.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.kompas.content.PageCacheListener;
import nl.kompas.search.SearchIndexListener;

/** A category of articles, named by editors; its slug is made from the name. */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.findBySlug", query = "select x from Category x where x.slug = :slug")
@EntityListeners({PageCacheListener.class, SearchIndexListener.class})
public class Category extends ArticleTerm {

    /** The length of the name column. */
    public static final int MAX_NAME_LENGTH = ArticleTerm.MAX_NAME_LENGTH;

    protected Category() {}

    public Category(String name) {
        super(name);
    }
}
