package nl.kompas.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do, found by doing it and rolling it back: every file with its outcome, the
 * problems that stop it, and what it skips. Applying does the same again and keeps it.
 */
public record ImportPreview(List<ImportItem> items, List<ImportProblem> problems, List<ImportNotice> notices)
        implements Serializable {

    public ImportPreview {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public long count(ImportOutcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether applying would change anything: a new or changed file, and no problem in the way. */
    public boolean canApply() {
        return !hasProblems() && items.stream().anyMatch(item -> !item.isUnchanged());
    }

    /** The items that applying adds or changes, for the audit log and the result message. */
    public List<ImportItem> changes() {
        return items.stream().filter(item -> !item.isUnchanged()).toList();
    }
}
