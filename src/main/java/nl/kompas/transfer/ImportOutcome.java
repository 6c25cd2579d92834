package nl.kompas.transfer;

/** What an import does with one file of the zip. */
public enum ImportOutcome {
    /** Nothing on the site has its slug (or, for media, its name) yet: it is added. */
    NEW,
    /** The site has it, and the file says something else: the site takes the file's version. */
    CHANGED,
    /** The site has it exactly as the file says: nothing happens. */
    UNCHANGED
}
