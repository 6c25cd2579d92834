package nl.kompas.editing;

import java.time.LocalDateTime;
import java.util.List;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.PublishableItem;

/**
 * An editor page for a kind with a publication workflow: its buttons publish now, schedule,
 * take off the site and hand in for review, each through the kind's {@link PublishableEditing}.
 */
public abstract class PublishableEditor<F extends PublishableForm> extends ItemEditor<F> {

    private static final long serialVersionUID = 1L;

    private LocalDateTime scheduleAt;

    @Override
    protected abstract PublishableEditing<?, F, ?> editing();

    public void submitForReview() {
        act(() -> editing().submitForReview(actor(), getForm()), "editing.done.submitted");
    }

    public void publish() {
        act(() -> editing().publishNow(actor(), getForm()), "editing.done.published");
    }

    public void schedule() {
        act(() -> editing().schedule(actor(), getForm(), scheduleAt), "editing.done.scheduled");
    }

    public void unpublish() {
        act(() -> editing().unpublish(actor(), getForm()), "editing.done.unpublished");
    }

    @Override
    protected void afterSave() {
        scheduleAt = null;
    }

    /** Whether the actor may publish: the workflow's buttons are theirs. */
    public boolean isEditor() {
        return actor().mayPublish();
    }

    public boolean isPublished() {
        return getForm() != null && getForm().getStatus() == PublicationStatus.PUBLISHED;
    }

    /** Unpublishing also takes a scheduled item back to draft. */
    public boolean isUnpublishable() {
        return getForm() != null && !getForm().isNew() && getForm().getStatus() != PublicationStatus.DRAFT;
    }

    public String getPublishAtText() {
        return getForm() == null ? "" : messages().when(getForm().getPublishAt());
    }

    /** The items the form may name as its translation: those of the other language. */
    public List<? extends PublishableItem> getTranslationCandidates() {
        return getForm() == null
                ? List.of()
                : editing().translationCandidates(getForm().getLanguage());
    }

    /** The item's public page, in its own language. */
    public String getPublicPath() {
        return getForm() == null ? null : editing().publicPath(getForm());
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }
}
