package nl.kompas.editing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.StaleEdit;

/**
 * The revisions beside an editor: who saved when, any two compared line by line, and any one
 * restored (which saves the item as a new revision). Part of its {@link ItemEditor}, whose view
 * it lives as long as.
 */
public final class RevisionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

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

    private final ItemEditor<?> editor;
    private List<Line> lines;
    private int linesOfVersion = -1;
    private Integer older;
    private Integer newer;
    private String diffHtml;

    RevisionPanel(ItemEditor<?> editor) {
        this.editor = editor;
    }

    /** The revisions of the item as the editor has it now, newest first. */
    public List<Line> getLines() {
        ItemForm form = editor.getForm();
        if (form == null || form.isNew()) {
            return List.of();
        }
        if (lines == null || linesOfVersion != form.getVersion()) {
            lines = editor.editing().revisions(editor.actor(), form.getId()).stream()
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
            diffHtml = editor.editing()
                    .compare(
                            editor.actor(),
                            editor.getForm().getId(),
                            Math.min(older, newer),
                            Math.max(older, newer),
                            folded -> editor.formats().message("revisions.folded", folded));
        } catch (EditNotAllowed refused) {
            editor.messages().refused(refused);
        }
    }

    public void restore(int number) {
        ItemForm form = editor.getForm();
        try {
            ItemEditing.Saved saved = editor.editing().restore(editor.actor(), form.getId(), form.getVersion(), number);
            editor.reload();
            diffHtml = null;
            editor.messages().info("revisions.restored", number, saved.revision());
        } catch (InvalidEdit invalid) {
            editor.messages().fields(invalid, editor.getFormId());
        } catch (StaleEdit stale) {
            editor.messages().stale(stale);
        } catch (EditNotAllowed refused) {
            editor.messages().refused(refused);
        }
    }

    public String when(Instant instant) {
        return editor.messages().when(instant);
    }

    public String note(String note) {
        return editor.messages().actionLabel(note);
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
