package nl.kompas.contact;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kompas.account.CurrentActor;
import nl.kompas.platform.web.AdminMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admin's inbox of contact requests: newest first, paged in the database, by status. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContactInbox inbox;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient CurrentActor currentActor;

    private RequestStatus status;
    private final LazyDataModel<ContactRequest> requests = new Requests();

    public LazyDataModel<ContactRequest> getRequests() {
        return requests;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }

    private final class Requests extends LazyDataModel<ContactRequest> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) inbox.count(currentActor.get(), status);
        }

        @Override
        public List<ContactRequest> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            return inbox.newest(currentActor.get(), first, pageSize, status);
        }

        @Override
        public String getRowKey(ContactRequest request) {
            return String.valueOf(request.getId());
        }
    }
}
