package nl.kompas.content;

import java.time.Instant;

/**
 * An edit refused because the item changed after the editor loaded it: saving would overwrite
 * someone else's work. Nothing was changed; the editor reloads and applies their change again.
 *
 * @param changedBy who saved the newer version, when known
 * @param changedAt when, when known
 */
public class StaleEdit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final transient Instant changedAt;

    public StaleEdit(String changedBy, Instant changedAt) {
        super("The item was changed by " + changedBy + " at " + changedAt + " after it was loaded");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
