package nl.kompas.mail;

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

/** The admin's outbox page: every mail, newest first, with its status; uncertain or failed ones can be sent again. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutboxAdmin outbox;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient CurrentActor currentActor;

    private MailStatus status;
    private final LazyDataModel<OutboxEntry> mails = new Mails();

    public LazyDataModel<OutboxEntry> getMails() {
        return mails;
    }

    public boolean isSending() {
        return outbox.isSending();
    }

    public Map<MailStatus, Long> getCounts() {
        return outbox.countsByStatus(currentActor.get());
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public String when(Instant instant) {
        return messages.when(instant);
    }

    /** A pending mail while no SMTP server is configured is not on its way: it says so. */
    public String statusKey(OutboxEntry mail) {
        if (mail.getStatus() == MailStatus.PENDING && !outbox.isSending()) {
            return "outbox.status.NOT_SENT";
        }
        return "outbox.status." + mail.getStatus();
    }

    public boolean maySendAgain(OutboxEntry mail) {
        return mail.getStatus() == MailStatus.UNCERTAIN || mail.getStatus() == MailStatus.FAILED;
    }

    public void sendAgain(long id) {
        outbox.sendAgain(currentActor.get(), id);
        messages.info("outbox.sent.again");
    }

    private final class Mails extends LazyDataModel<OutboxEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) outbox.count(currentActor.get(), status);
        }

        @Override
        public List<OutboxEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            return outbox.newest(currentActor.get(), first, pageSize, status);
        }

        @Override
        public String getRowKey(OutboxEntry mail) {
            return String.valueOf(mail.getId());
        }
    }
}
