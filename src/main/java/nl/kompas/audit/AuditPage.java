package nl.kompas.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kompas.account.CurrentActor;
import nl.kompas.account.Role;
import nl.kompas.platform.web.AdminMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log page: every entry, newest first, paged in the database, filtered by person or action. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog log;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient CurrentActor currentActor;

    private final LazyDataModel<AuditEntry> entries = new Entries();

    public LazyDataModel<AuditEntry> getEntries() {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new SecurityException("The audit log is for admins");
        }
        return entries;
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }

    /** The action in words ("Gepubliceerd"); the filter still takes the action's own word. */
    public String label(String action) {
        return messages.actionLabel(action);
    }

    private final class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) log.count(filter(filters, "actorName"), filter(filters, "action"));
        }

        @Override
        public List<AuditEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            return log.newest(first, pageSize, filter(filters, "actorName"), filter(filters, "action"));
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        private static String filter(Map<String, FilterMeta> filters, String field) {
            FilterMeta meta = filters.get(field);
            return meta == null || meta.getFilterValue() == null
                    ? null
                    : meta.getFilterValue().toString();
        }
    }
}
