package nl.kompas.article;

import nl.kompas.content.ContentEntity;
import nl.kompas.content.Slug;

/** A name that files articles: a category or a tag. Editors create them inline and manage them in one place. */
public interface ArticleTerm extends ContentEntity {

    /** The length of the name column of both tables. */
    int MAX_NAME_LENGTH = 120;

    /** The length of the description column of both tables. */
    int MAX_DESCRIPTION_LENGTH = 1000;

    String getName();

    /** The editor's introduction of the term's page, or null. */
    String getDescription();

    void describe(String newDescription);

    String getSlug();

    void rename(String newName);

    /** Null for an empty description; refused when too long. */
    static String checkedDescription(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.strip().length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return description.strip();
    }

    /** The name stripped of outer spaces; refused when it has no letter or digit, or is too long. */
    static String checkedName(String name) {
        if (name == null || Slug.from(name).isEmpty()) {
            throw new IllegalArgumentException("A category or tag needs a name with letters or digits");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A category or tag name has at most " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }
}
