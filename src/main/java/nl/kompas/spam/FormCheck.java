package nl.kompas.spam;

/**
 * What the spam guard said about one submitted form.
 *
 * @param reason why it was blocked, or null when it passed
 * @param retryAfterSeconds for {@link SpamReason#RATE_LIMITED}: when the sender may try again
 * @param maxLinks for {@link SpamReason#TOO_MANY_LINKS}: the most links the text may hold
 */
public record FormCheck(SpamReason reason, long retryAfterSeconds, int maxLinks) {

    static final FormCheck PASSED = new FormCheck(null, 0, 0);

    static FormCheck blocked(SpamReason reason) {
        return new FormCheck(reason, 0, 0);
    }

    public boolean passed() {
        return reason == null;
    }
}
