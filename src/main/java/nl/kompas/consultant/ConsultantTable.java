package nl.kompas.consultant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import nl.kompas.account.CurrentActor;
import nl.kompas.editing.AdminRows;
import nl.kompas.editing.ListRequest;
import nl.kompas.platform.web.AdminMessages;

/**
 * The admin's list of consultants, /admin/consultants.xhtml: sorted, filtered and paged in the
 * database (see {@link ConsultantEditing#LIST}). A consultant sees only their own profile.
 */
@Named
@ViewScoped
public class ConsultantTable implements AdminRows.Source<ConsultantRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultantEditing editing;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    private final AdminRows<ConsultantRow> rows = new AdminRows<>(this);

    public AdminRows<ConsultantRow> getRows() {
        return rows;
    }

    @Override
    public long count(ListRequest request) {
        return editing.count(currentActor.get(), request);
    }

    @Override
    public List<ConsultantRow> page(ListRequest request, int first, int max) {
        return editing.rows(currentActor.get(), request, first, max);
    }

    /** Editors create profiles; a consultant has theirs. */
    public boolean isMayCreate() {
        return currentActor.get().mayPublish();
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }
}
