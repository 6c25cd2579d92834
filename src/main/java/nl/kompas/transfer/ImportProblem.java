package nl.kompas.transfer;

import java.io.Serializable;
import nl.kompas.content.ContentFileException;

/**
 * A file of an import that cannot be read or stored, with the line to look at (0 when no single
 * line is to blame). The reasons are the content loader's own, so a file reads the same at start-up
 * and in an import.
 */
public record ImportProblem(String file, int line, String reason) implements Serializable {

    static ImportProblem of(ContentFileException e) {
        return new ImportProblem(e.file(), e.line(), e.reason());
    }

    /** "articles/x.md:4: 'date' is 'morgen', which is not a date". */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
