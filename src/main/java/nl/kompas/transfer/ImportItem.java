package nl.kompas.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * One file of an import and what it does to the site.
 *
 * @param kind "article", "case", "service", "consultant" or "media"
 * @param path the file's path in the content folder, such as "articles/leren.md"
 * @param title the item's title (a consultant's name; a media file's name)
 * @param changedFields for a changed item, the front-matter keys whose values change, and "body"
 *     when the Markdown does; empty otherwise
 */
public record ImportItem(String kind, String path, String title, ImportOutcome outcome, List<String> changedFields)
        implements Serializable {

    public ImportItem {
        changedFields = List.copyOf(changedFields);
    }

    public boolean isUnchanged() {
        return outcome == ImportOutcome.UNCHANGED;
    }
}
