package nl.kompas.offering;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import nl.kompas.account.CurrentActor;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.AdminRows;
import nl.kompas.editing.ListRequest;
import nl.kompas.platform.web.AdminMessages;

/**
 * The admin's list of service pages, /admin/services.xhtml: every status, sorted, filtered and
 * paged in the database (see {@link OfferingEditing#LIST}).
 */
@Named
@ViewScoped
public class OfferingTable implements AdminRows.Source<OfferingRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfferingEditing editing;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    private final AdminRows<OfferingRow> rows = new AdminRows<>(this);

    public AdminRows<OfferingRow> getRows() {
        return rows;
    }

    @Override
    public long count(ListRequest request) {
        return editing.count(currentActor.get(), request);
    }

    @Override
    public List<OfferingRow> page(ListRequest request, int first, int max) {
        return editing.rows(currentActor.get(), request, first, max);
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }
}
