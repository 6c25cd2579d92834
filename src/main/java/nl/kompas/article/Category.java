package nl.kompas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.kompas.content.PageCacheListener;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.search.SearchIndexListener;

/** A category of articles, named by editors; its slug is made from the name. */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.findBySlug", query = "select x from Category x where x.slug = :slug")
@EntityListeners({PageCacheListener.class, SearchIndexListener.class})
public class Category extends ArticleTerm {

    /** The length of the name column. */
    public static final int MAX_NAME_LENGTH = ArticleTerm.MAX_NAME_LENGTH;

    private static final int MAX_DESCRIPTION_LENGTH = ArticleTerm.MAX_DESCRIPTION_LENGTH;

    /** The name on English pages, or null for the Dutch one. */
    @Column(name = "name_en", length = MAX_NAME_LENGTH)
    private String englishName;

    /** The introduction on English pages, or null for the Dutch one (or the general sentence). */
    @Column(name = "description_en", length = MAX_DESCRIPTION_LENGTH)
    private String englishDescription;

    protected Category() {}

    public Category(String name) {
        super(name);
    }

    /**
     * The English name and introduction; empty ones leave English pages with the Dutch. The slug
     * stays the Dutch name's: one category has one address in both languages.
     */
    public void translate(String name, String description) {
        if (name != null && name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A category name has at most " + MAX_NAME_LENGTH + " characters");
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        this.englishName = name == null || name.isBlank() ? null : name.strip();
        this.englishDescription = description == null || description.isBlank() ? null : description.strip();
    }

    public String getEnglishName() {
        return englishName;
    }

    public String getEnglishDescription() {
        return englishDescription;
    }

    /** The name a page in this language shows: the English one on English pages when there is one. */
    public String nameIn(SiteLanguage language) {
        return language == SiteLanguage.EN && englishName != null ? englishName : getName();
    }

    /** The introduction a page in this language shows, or null for the general sentence. */
    public String descriptionIn(SiteLanguage language) {
        return language == SiteLanguage.EN && englishDescription != null ? englishDescription : getDescription();
    }
}
