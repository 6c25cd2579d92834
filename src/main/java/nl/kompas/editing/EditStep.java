package nl.kompas.editing;

/**
 * What an editing action does to an item's status. Each step is also an audit action and the note
 * on the revision it keeps: the item type, a dot and the step's word ("case.published").
 */
public enum EditStep {
    SAVE("saved"),
    SUBMIT("submitted"),
    PUBLISH("published"),
    SCHEDULE("scheduled"),
    UNPUBLISH("unpublished"),
    RESTORE("restored");

    /** The audit action of the first save of a new item. */
    public static final String CREATED = "created";

    /** The note on the revision that keeps an item as it was loaded from content/. */
    public static final String LOADED = "loaded";

    private final String word;

    EditStep(String word) {
        this.word = word;
    }

    /** "article.published": the audit action and revision note of this step on an item type. */
    public String action(String itemType) {
        return itemType + "." + word;
    }

    /** Whether the step changes what visitors may see: editors only. */
    public boolean isPublication() {
        return this == PUBLISH || this == SCHEDULE || this == UNPUBLISH;
    }
}
