package nl.kompas.media;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why the library did not do what was asked, as a message of the site's bundle with its arguments,
 * and the form field it is about, so a page can show it next to that field in the user's language.
 */
public class MediaRefusal extends RuntimeException {

    /** The form field a refusal is about; {@code NONE} for the page as a whole. */
    public enum Field {
        FILE,
        ALT,
        NONE
    }

    private final Field field;
    private final String messageKey;
    private final transient List<Object> arguments;

    MediaRefusal(Field field, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Field field() {
        return field;
    }

    /** The key in messages.properties / messages_nl.properties. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The message in the bundle's language, its placeholders filled. */
    public String message(ResourceBundle messages, Locale locale) {
        return new MessageFormat(messages.getString(messageKey), locale).format(arguments(messages, locale));
    }

    /** The arguments as the message shows them; a subclass may put them into words first. */
    protected Object[] arguments(ResourceBundle messages, Locale locale) {
        return arguments();
    }
}
