package nl.kompas.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.kompas.account.CurrentActor;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.StaleEdit;
import nl.kompas.platform.web.AdminMessages;
import nl.kompas.platform.web.MessageFormats;

/**
 * The revisions beside the article editor: who saved when, any two compared line by line, and any
 * one restored (which saves the editor's article as a new revision).
 */
@Named
@ViewScoped
public class ArticleRevisionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArticleEditor editor;

    @Inject
    transient ArticleHistory history;

    @Inject
    transient ArticleEditing editing;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient MessageFormats formats;

    /** One line of the list, without the text, which the list never shows. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final String who;
        private final Instant when;
        private final String note;

        Line(int number, String who, Instant when, String note) {
            this.number = number;
            this.who = who;
            this.when = when;
            this.note = note;
        }

        public int getNumber() {
            return number;
        }

        public String getWho() {
            return who;
        }

        public Instant getWhen() {
            return when;
        }

        public String getNote() {
            return note;
        }
    }

    private List<Line> lines;
    private int linesOfVersion = -1;
    private Integer older;
    private Integer newer;
    private String diffHtml;

    /** The revisions of the article as the editor has it now, newest first. */
    public List<Line> getLines() {
        ArticleForm form = editor.getForm();
        if (form == null || form.isNew()) {
            return List.of();
        }
        if (lines == null || linesOfVersion != form.getVersion()) {
            lines = history.revisions(currentActor.get(), form.getId()).stream()
                    .map(r -> new Line(r.getNumber(), r.getAuthorName(), r.getCreatedAt(), r.getNote()))
                    .toList();
            linesOfVersion = form.getVersion();
            if (lines.size() >= 2 && (older == null || newer == null)) {
                newer = lines.get(0).getNumber();
                older = lines.get(1).getNumber();
            }
        }
        return lines;
    }

    public void compare() {
        if (older == null || newer == null) {
            return;
        }
        try {
            diffHtml = history.compare(
                    currentActor.get(),
                    editor.getForm().getId(),
                    Math.min(older, newer),
                    Math.max(older, newer),
                    folded -> formats.message("revisions.folded", folded));
        } catch (EditNotAllowed refused) {
            messages.refused(refused);
        }
    }

    public void restore(int number) {
        ArticleForm form = editor.getForm();
        try {
            ArticleEditing.Saved saved = editing.restore(currentActor.get(), form.getId(), form.getVersion(), number);
            editor.reload();
            diffHtml = null;
            messages.info("revisions.restored", number, saved.revision());
        } catch (InvalidEdit invalid) {
            messages.fields(invalid, ArticleEditor.FORM_ID);
        } catch (StaleEdit stale) {
            messages.stale(stale);
        } catch (EditNotAllowed refused) {
            messages.refused(refused);
        }
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }

    public String note(String note) {
        return messages.actionLabel(note);
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }

    public String getDiffHtml() {
        return diffHtml;
    }
}
