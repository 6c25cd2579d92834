package nl.kompas.article;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import nl.kompas.content.ContentEntity;
import nl.kompas.content.Slug;

/**
 * A name that files articles: a category or a tag. Both have the same columns and rules; editors
 * create them inline and manage them in one place. The slug is made from the name, so a rename
 * moves the term's page.
 */
@MappedSuperclass
public abstract class ArticleTerm implements ContentEntity {

    /** The length of the name column of both tables. */
    public static final int MAX_NAME_LENGTH = 120;

    /** The length of the description column of both tables. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The editor's introduction of the term's page, or null. */
    @Column(length = MAX_DESCRIPTION_LENGTH)
    private String description;

    protected ArticleTerm() {}

    protected ArticleTerm(String name) {
        rename(name);
    }

    /** A new name stripped of outer spaces; refused when it has no letter or digit, or is too long. */
    public void rename(String newName) {
        if (newName == null || Slug.from(newName).isEmpty()) {
            throw new IllegalArgumentException("A category or tag needs a name with letters or digits");
        }
        if (newName.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A category or tag name has at most " + MAX_NAME_LENGTH + " characters");
        }
        this.name = newName.strip();
        this.slug = Slug.from(this.name);
    }

    /** An empty description returns the page to the general sentence. */
    public void describe(String newDescription) {
        if (newDescription != null && newDescription.strip().length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
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

    public String getDescription() {
        return description;
    }
}
