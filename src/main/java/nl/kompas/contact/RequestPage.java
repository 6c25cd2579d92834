package nl.kompas.contact;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.CurrentActor;
import nl.kompas.account.Role;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.InvalidEdit;
import nl.kompas.platform.web.AdminMessages;
import nl.kompas.platform.web.ErrorResponse;
import nl.kompas.platform.web.NotFound;

/** One contact request in the admin (admin/request.xhtml?id=…): its details, status, owner and notes. */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContactInbox inbox;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient InboxWords words;

    private Long id;
    private String note;
    private Long reassignTo;
    private transient ContactRequest request;

    public void load() {
        if (id == null) {
            throw new IllegalArgumentException("No request id");
        }
        try {
            request = inbox.open(currentActor.get(), id);
        } catch (ActionNotPermitted notTheirs) {
            // A consultant who types in another consultant's request id: the site's 403, not a 500.
            ErrorResponse.send(403, "Not your request");
            return;
        } catch (IllegalArgumentException unknown) {
            NotFound.respond();
            return;
        }
        reassignTo =
                request.getAssignee() == null ? null : request.getAssignee().getId();
    }

    public ContactRequest getRequest() {
        if (request == null) {
            load();
        }
        return request;
    }

    public String getReason() {
        return words.reason(getRequest());
    }

    public boolean isMayReassign() {
        return currentActor.get().has(Role.EDITOR);
    }

    public List<Consultant> getConsultants() {
        return inbox.consultants();
    }

    public void startHandling() {
        inbox.changeStatus(currentActor.get(), id, RequestStatus.IN_PROGRESS, null);
        done("inbox.saved");
    }

    public void close(String outcome) {
        inbox.changeStatus(currentActor.get(), id, RequestStatus.CLOSED, Outcome.valueOf(outcome));
        done("inbox.saved");
    }

    public void reassign() {
        inbox.reassign(currentActor.get(), id, reassignTo);
        done("inbox.reassigned");
    }

    public void addNote() {
        try {
            inbox.addNote(currentActor.get(), id, note);
            note = null;
            done("inbox.noted");
        } catch (InvalidEdit invalid) {
            messages.fields(invalid, "request");
        }
    }

    private void done(String key) {
        request = null;
        messages.info(key);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(Long reassignTo) {
        this.reassignTo = reassignTo;
    }
}
