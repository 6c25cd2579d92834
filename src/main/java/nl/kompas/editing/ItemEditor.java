package nl.kompas.editing;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import nl.kompas.account.Actor;
import nl.kompas.account.CurrentActor;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.Slug;
import nl.kompas.content.StaleEdit;
import nl.kompas.platform.web.AdminMessages;
import nl.kompas.platform.web.MessageFormats;
import nl.kompas.theme.ActiveTheme;

/**
 * What every editor page does, /admin/{kind}.xhtml?id=… (no id: a new item): it holds the form
 * between requests and passes it to the kind's {@link ItemEditing}, which decides everything. The
 * slug follows the title until edited by hand; the Markdown is previewed as visitors will see it;
 * the revisions beside it are a {@link RevisionPanel}. Subclasses are the view-scoped beans.
 */
public abstract class ItemEditor<F extends ItemForm> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient MessageFormats formats;

    @Inject
    transient ActiveTheme theme;

    private Long id;
    private F form;
    private boolean slugFollowsTitle;
    private String previewHtml = "";
    private final RevisionPanel revisions = new RevisionPanel(this);

    /** The kind's editing service. */
    protected abstract ItemEditing<?, F, ?> editing();

    /** The editor page's own path, "/admin/case.xhtml", where a new item continues once saved. */
    protected abstract String page();

    /** The id of the page's form, whose fields get the messages of a refused save. */
    public abstract String getFormId();

    /** The view action: opens the item, or a blank form; a refusal leaves the page without a form. */
    public void load() {
        try {
            form = id == null ? editing().blank(actor()) : editing().open(actor(), id);
            // A slug follows the title until edited by hand, and never once visitors know the address.
            slugFollowsTitle = !form.isEverPublished()
                    && (form.isNew() || form.getSlug().equals(Slug.from(nullToEmpty(form.getSlugSource()))));
            preview();
        } catch (EditNotAllowed refused) {
            form = null;
            messages.refused(refused);
        }
    }

    /**
     * While the slug follows the title, each change of the title makes a new slug; once visitors
     * know the address (a publication in this same view, too) it stays.
     */
    public void titleChanged() {
        if (slugFollowsTitle && !form.isEverPublished() && form.getSlugSource() != null) {
            form.setSlug(Slug.from(form.getSlugSource()));
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
        act(() -> editing().save(actor(), form), "editing.done.saved");
    }

    /** Runs one service action; afterwards the form shows the item as stored. */
    protected void act(Supplier<ItemEditing.Saved> action, String doneKey) {
        try {
            ItemEditing.Saved saved = action.get();
            messages.info(doneKey, saved.revision());
            if (form.isNew()) {
                reopen(saved.id());
            } else {
                form = editing().open(actor(), saved.id());
                afterSave();
            }
        } catch (InvalidEdit invalid) {
            messages.fields(invalid, getFormId());
        } catch (StaleEdit stale) {
            messages.stale(stale);
        } catch (EditNotAllowed refused) {
            messages.refused(refused);
        }
    }

    /** What a page resets once a save has gone through, such as a chosen publication time. */
    protected void afterSave() {}

    /** A new item continues at its own address, so that a reload opens it rather than a blank form. */
    private void reopen(long newId) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + page() + "?id=" + newId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called after a restore: the stored item has changed under the form. */
    void reload() {
        form = editing().open(actor(), form.getId());
        preview();
    }

    protected Actor actor() {
        return currentActor.get();
    }

    AdminMessages messages() {
        return messages;
    }

    MessageFormats formats() {
        return formats;
    }

    public RevisionPanel getRevisions() {
        return revisions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public F getForm() {
        return form;
    }

    /** The class of the public page's element that holds the text, so the preview is styled the same. */
    protected String previewClass() {
        return "article";
    }

    /**
     * The empty page the preview frame starts from: the public theme's stylesheet and the markup
     * it styles. The page's script puts {@link #getPreviewHtml()} into it, so typing never reloads
     * the frame (which would flash and lose its scroll position).
     */
    public String getPreviewDocument() {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\""
                + theme.asset("style.css")
                + "\"></head><body><main class=\"container\"><article class=\"" + previewClass()
                + "\"><div class=\"prose\"></div></article></main></body></html>";
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
