package nl.kompas.article;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.kompas.account.Actor;
import nl.kompas.account.CurrentActor;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.Slug;
import nl.kompas.content.StaleEdit;
import nl.kompas.platform.web.AdminMessages;
import nl.kompas.theme.ActiveTheme;

/**
 * The article editor, /admin/article.xhtml?id=… (no id: a new article). It holds the form between
 * requests and passes it to {@link ArticleEditing}, which decides everything; the revisions beside
 * it are {@link ArticleRevisionPanel}'s.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM_ID = "article";

    @Inject
    transient ArticleEditing editing;

    @Inject
    transient AdminArticles adminArticles;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient ActiveTheme theme;

    private Long id;
    private ArticleForm form;
    private LocalDateTime scheduleAt;
    private boolean slugFollowsTitle;
    private String previewHtml = "";

    /** The view action: opens the article, or a blank form; a refusal leaves the page without a form. */
    public void load() {
        try {
            form = id == null ? editing.blank(actor()) : editing.open(actor(), id);
            // A slug follows the title until edited by hand, and never once visitors know the address.
            slugFollowsTitle =
                    !form.isEverPublished() && (form.isNew() || form.getSlug().equals(Slug.from(form.getTitle())));
            preview();
        } catch (EditNotAllowed refused) {
            form = null;
            messages.refused(refused);
        }
    }

    /** While the slug follows the title, each change of the title makes a new slug. */
    public void titleChanged() {
        if (slugFollowsTitle && form.getTitle() != null) {
            form.setSlug(Slug.from(form.getTitle()));
        }
    }

    public void slugEdited() {
        slugFollowsTitle = false;
    }

    /** Renders the Markdown as visitors will see it, with the same renderer. */
    public void preview() {
        previewHtml = MarkdownRenderer.instance().render(form.getBody()).getHtml();
    }

    public void save() {
        act(() -> editing.save(actor(), form), "editing.done.saved");
    }

    public void submitForReview() {
        act(() -> editing.submitForReview(actor(), form), "editing.done.submitted");
    }

    public void publish() {
        act(() -> editing.publishNow(actor(), form), "editing.done.published");
    }

    public void schedule() {
        act(() -> editing.schedule(actor(), form, scheduleAt), "editing.done.scheduled");
    }

    public void unpublish() {
        act(() -> editing.unpublish(actor(), form), "editing.done.unpublished");
    }

    /** Runs one service action; afterwards the form shows the article as stored. */
    private void act(Supplier<ArticleEditing.Saved> action, String doneKey) {
        try {
            ArticleEditing.Saved saved = action.get();
            messages.info(doneKey, saved.revision());
            if (form.isNew()) {
                reopen(saved.id());
            } else {
                form = editing.open(actor(), saved.id());
                scheduleAt = null;
                // Once visitors know the address, a new title no longer moves it.
                slugFollowsTitle = slugFollowsTitle && !form.isEverPublished();
            }
        } catch (InvalidEdit invalid) {
            messages.fields(invalid, FORM_ID);
        } catch (StaleEdit stale) {
            messages.stale(stale);
        } catch (EditNotAllowed refused) {
            messages.refused(refused);
        }
    }

    /** A new article continues at its own address, so that a reload opens it rather than a blank form. */
    private void reopen(long newId) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        try {
            context.getExternalContext()
                    .redirect(
                            context.getExternalContext().getRequestContextPath() + "/admin/article.xhtml?id=" + newId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called after a restore: the stored article has changed under the form. */
    void reload() {
        form = editing.open(actor(), form.getId());
        slugFollowsTitle = slugFollowsTitle && !form.isEverPublished();
        preview();
    }

    /** Existing names that contain the typed text, with the typed text first when it is new. */
    public List<String> completeCategories(String typed) {
        return withTyped(typed, adminArticles.categoryNames(typed));
    }

    public List<String> completeTags(String typed) {
        return withTyped(typed, adminArticles.tagNames(typed));
    }

    public List<String> completeSeries(String typed) {
        return withTyped(typed, adminArticles.seriesTitles(typed));
    }

    private static List<String> withTyped(String typed, List<String> existing) {
        List<String> suggestions = new ArrayList<>(existing);
        String stripped = typed == null ? "" : typed.strip();
        if (!stripped.isEmpty() && existing.stream().noneMatch(name -> name.equalsIgnoreCase(stripped))) {
            suggestions.add(0, stripped);
        }
        return suggestions;
    }

    public List<Consultant> getConsultants() {
        return adminArticles.consultants();
    }

    public boolean isEditor() {
        return EditingRights.isEditor(actor());
    }

    public boolean isPublished() {
        return form != null && form.getStatus() == PublicationStatus.PUBLISHED;
    }

    /** Unpublishing also takes a scheduled article back to draft. */
    public boolean isUnpublishable() {
        return form != null && !form.isNew() && form.getStatus() != PublicationStatus.DRAFT;
    }

    public String getPublishAtText() {
        return form == null ? "" : messages.when(form.getPublishAt());
    }

    private Actor actor() {
        return currentActor.get();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleForm getForm() {
        return form;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    /**
     * The empty page the preview frame starts from: the public theme's stylesheet and the article
     * markup it styles. The page's script puts {@link #getPreviewHtml()} into it, so typing never
     * reloads the frame (which would flash and lose its scroll position).
     */
    public String getPreviewDocument() {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\""
                + theme.asset("style.css")
                + "\"></head><body><main class=\"container\"><article class=\"article\"><div class=\"prose\">"
                + "</div></article></main></body></html>";
    }

    public String getPreviewHtml() {
        return previewHtml;
    }
}
