package nl.kompas.editing;

import java.time.Instant;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.PublishableItem;
import nl.kompas.platform.web.SiteLanguage;

/** The form of an item with a title and a publication workflow: articles, cases, service pages. */
public abstract class PublishableForm extends ItemForm {

    private static final long serialVersionUID = 1L;

    private PublicationStatus status = PublicationStatus.DRAFT;
    private Instant publishAt;
    private String title;
    private String language = SiteLanguage.NL.getTag();
    private Long translationId;

    /** Takes the title, text, status, language and translation of a stored item. */
    protected void loaded(PublishableItem item) {
        super.loaded(item);
        status = item.getStatus();
        publishAt = item.getPublishAt();
        title = item.getTitle();
        language = item.getLanguage().getTag();
        translationId = item.getTranslationId();
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

    /** "nl" or "en". */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The id of the item of the same kind in the other language, or null for none. */
    public Long getTranslationId() {
        return translationId;
    }

    public void setTranslationId(Long translationId) {
        this.translationId = translationId;
    }
}
