package nl.kompas.editing;

import java.io.Serializable;
import nl.kompas.content.EditableItem;

/**
 * What an editor shows and sends back, for any kind of item: its fields as entered, plus the
 * version it was loaded at, so that a save on a stale copy is refused. The editing service checks
 * and applies it; nothing here is trusted.
 */
public abstract class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private boolean everPublished;
    private boolean editable = true;
    private String slug;
    private String body = "";

    /** Takes what every stored item has: its id, version, address and whether visitors know it. */
    protected void loaded(EditableItem item) {
        id = item.getId();
        version = item.getVersion();
        everPublished = item.isEverPublished();
        slug = item.getSlug();
    }

    /** The text a new slug is made from: a title, or a person's name. */
    public abstract String getSlugSource();

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    /** For callers that keep only an id and a version between requests, such as a restore. */
    public void setVersion(int version) {
        this.version = version;
    }

    public boolean isEverPublished() {
        return everPublished;
    }

    /** Whether the person who opened it may change it; otherwise the editor shows it read-only. */
    public boolean isEditable() {
        return editable;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** The Markdown: an article's or case's text, a consultant's bio. */
    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }
}
