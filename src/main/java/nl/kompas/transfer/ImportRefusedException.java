package nl.kompas.transfer;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * An import that cannot go ahead at all, with the reason as a key of the resource bundle and its
 * arguments, so the admin reads it in their own language. Problems with single files are not
 * refusals: they are listed in the preview.
 */
public class ImportRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Serializable> arguments;

    /**
     * @param messageKey a key under "transfer.refused." in the resource bundle
     * @param detail the reason in English, for the log
     */
    public ImportRefusedException(String messageKey, String detail, Serializable... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(arguments()) + ": " + getMessage();
    }
}
