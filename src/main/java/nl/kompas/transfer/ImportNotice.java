package nl.kompas.transfer;

import java.io.Serializable;

/**
 * Something in the zip that the import skips, which does not stop it: a file outside the content
 * folders, a system file such as .DS_Store, a front-matter key that is probably a typo.
 *
 * @param messageKey a key under "transfer.notice." in the resource bundle
 * @param argument the one value the message names (such as the unknown key), or ""
 */
public record ImportNotice(String path, int line, String messageKey, String argument) implements Serializable {

    static ImportNotice of(String path, String messageKey) {
        return new ImportNotice(path, 0, messageKey, "");
    }
}
