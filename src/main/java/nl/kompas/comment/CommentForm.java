package nl.kompas.comment;

import java.util.List;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.platform.web.PostedForm;
import nl.kompas.spam.SpamGuard;

/** The comment form's fields, checked: a name, an e-mail address and the text. */
public final class CommentForm {

    /** The request attribute under which the article page finds a form shown again. */
    public static final String ATTRIBUTE = "commentForm";

    /** The fields, and the spam guard's token, which goes back into the form when it is shown again. */
    public static final List<String> FIELDS = List.of("name", "email", "text", SpamGuard.TOKEN_FIELD);

    /** The form's name for the spam guard: its tokens, limits and counts. */
    public static final String SPAM_FORM = "comment";

    /** Fewer characters than this is not a comment anyone needs to read. */
    static final int MIN_TEXT = 2;

    private CommentForm() {}

    /** Marks each field that is empty, too long or (the address) not an address. */
    public static PostedForm check(PostedForm form) {
        String name = form.value("name");
        if (name.isEmpty()) {
            form.reject("name", "comments.error.name.required");
        } else if (name.length() > Comment.MAX_NAME) {
            form.reject("name", "comments.error.name.long");
        }
        String email = form.value("email");
        if (email.isEmpty()) {
            form.reject("email", "comments.error.email.required");
        } else if (email.length() > Comment.MAX_EMAIL || !ConsultantFile.isPlainEmail(email)) {
            form.reject("email", "comments.error.email.invalid");
        }
        String text = form.value("text");
        if (text.length() < MIN_TEXT) {
            form.reject("text", "comments.error.text.required");
        } else if (text.length() > Comment.MAX_TEXT) {
            form.reject("text", "comments.error.text.long");
        }
        return form;
    }
}
