package nl.kompas.content;

/**
 * A content file that cannot be loaded, with the reason in words an author understands and, where
 * known, the line to look at. Unchecked so that the transaction of the file rolls back.
 */
public class ContentFileException extends RuntimeException {

    private final String file;
    private final int line;

    /** @param line one-based line number, or 0 when no single line is to blame */
    public ContentFileException(String file, int line, String reason) {
        super(reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return getMessage();
    }

    /** "articles/x.md:4: date 'morgen' is not a date", the form editors and compilers use. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
