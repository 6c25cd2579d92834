package nl.kompas.web;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * Test only: EclipseLink's session log with its SQL category turned on at FINE, keeping each SQL
 * statement EclipseLink sends on a request thread instead of printing it. Every other entry goes to
 * the log it replaces, as before.
 */
public class SqlStatementLog extends AbstractSessionLog {

    /**
     * Payara's threads that serve requests. Statements sent in the background (the search index
     * reading changed articles after a commit) are not a page's statements, and are left out.
     */
    private static final String REQUEST_THREADS = "http-thread-pool";

    private final SessionLog replaced;
    private final List<String> statements = new ArrayList<>();

    public SqlStatementLog(SessionLog replaced) {
        this.replaced = replaced;
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return isSql(level, category) || replaced.shouldLog(level, category);
    }

    @Override
    public synchronized void log(SessionLogEntry entry) {
        if (isSql(entry.getLevel(), entry.getNameSpace())) {
            if (Thread.currentThread().getName().startsWith(REQUEST_THREADS)) {
                statements.add(entry.getMessage());
            }
        } else if (replaced.shouldLog(entry.getLevel(), entry.getNameSpace())) {
            replaced.log(entry);
        }
    }

    /** The statements sent since the last call, oldest first. */
    public synchronized List<String> takeStatements() {
        List<String> taken = List.copyOf(statements);
        statements.clear();
        return taken;
    }

    private static boolean isSql(int level, String category) {
        return SessionLog.SQL.equals(category) && level >= SessionLog.FINE;
    }
}
