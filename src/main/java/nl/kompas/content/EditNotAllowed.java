package nl.kompas.content;

/**
 * An edit refused because of who asks: a consultant publishing, or editing someone else's article.
 * The message key says what was refused, in the bundle of the site.
 */
public class EditNotAllowed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public EditNotAllowed(String messageKey) {
        super("Not allowed: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
