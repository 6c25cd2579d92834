package nl.kompas.editing;

import java.time.Instant;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.PublishableItem;

/** The form of an item with a title and a publication workflow: articles, cases, service pages. */
public abstract class PublishableForm extends ItemForm {

    private static final long serialVersionUID = 1L;

    private PublicationStatus status = PublicationStatus.DRAFT;
    private Instant publishAt;
    private String title;

    /** Takes the title, text and status of a stored item. */
    protected void loaded(PublishableItem item) {
        super.loaded(item);
        status = item.getStatus();
        publishAt = item.getPublishAt();
        title = item.getTitle();
        setBody(item.getBody().getSource());
    }

    @Override
    public String getSlugSource() {
        return title;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
