package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditLog;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.InvalidEdit;

/**
 * The inbox in the admin: a consultant sees and handles the requests they have, an editor or admin
 * every request. Each change is audited in its own transaction; a reassigned request notifies its
 * new owner through the outbox.
 */
@ApplicationScoped
public class ContactInbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ContactMails mails;

    Clock clock = Clock.systemUTC();

    /** The newest requests the person may see, optionally of one status. */
    public List<ContactRequest> newest(Actor actor, int first, int max, RequestStatus status) {
        TypedQuery<ContactRequest> query = em.createQuery(
                "select r from ContactRequest r" + where(actor, status) + " order by r.createdAt desc, r.id desc",
                ContactRequest.class);
        bind(query, actor, status);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Actor actor, RequestStatus status) {
        TypedQuery<Long> query =
                em.createQuery("select count(r) from ContactRequest r" + where(actor, status), Long.class);
        bind(query, actor, status);
        return query.getSingleResult();
    }

    /** One request, if the person may see it. */
    public ContactRequest open(Actor actor, long id) {
        ContactRequest request = em.find(ContactRequest.class, id);
        if (request == null) {
            throw new IllegalArgumentException("No request " + id);
        }
        if (!maySee(actor, request)) {
            throw new ActionNotPermitted(actor, "open contact request " + id);
        }
        return request;
    }

    /** Moves a request to in progress, or closes it with an outcome (null for in progress). */
    @Transactional
    public void changeStatus(Actor actor, long id, RequestStatus status, Outcome outcome) {
        ContactRequest request = open(actor, id);
        switch (status) {
            case IN_PROGRESS -> request.startHandling(clock.instant());
            case CLOSED -> request.close(outcome, clock.instant());
            case NEW -> throw new IllegalArgumentException("A request cannot go back to new");
        }
        audit.record(actor, "contact.status", subject(request), status + (outcome == null ? "" : " " + outcome));
    }

    /** Hands a request to another consultant (editors and admins; null: the general inbox). */
    @Transactional
    public void reassign(Actor actor, long id, Long consultantId) {
        if (!actor.has(Role.EDITOR)) {
            throw new ActionNotPermitted(actor, "reassign contact request " + id);
        }
        ContactRequest request = open(actor, id);
        Consultant to = consultantId == null ? null : em.find(Consultant.class, consultantId);
        if (Objects.equals(request.getAssignee(), to)) {
            return;
        }
        String from =
                request.getAssignee() == null ? "-" : request.getAssignee().getName();
        request.reassign(to);
        mails.notifyAssignee(request);
        audit.record(actor, "contact.reassigned", subject(request), from + " → " + (to == null ? "-" : to.getName()));
    }

    @Transactional
    public void addNote(Actor actor, long id, String text) {
        ContactRequest request = open(actor, id);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new InvalidEdit(java.util.Map.of("note", new InvalidEdit.Message("contact.error.note", List.of())));
        }
        request.addNote(clock.instant(), actor.accountId() == 0 ? null : actor.accountId(), actor.name(), note);
        audit.record(actor, "contact.noted", subject(request), null);
    }

    /** The consultants a request can be handed to. */
    public List<Consultant> consultants() {
        return em.createQuery("select c from Consultant c order by c.name", Consultant.class)
                .getResultList();
    }

    static boolean maySee(Actor actor, ContactRequest request) {
        if (actor.has(Role.EDITOR)) {
            return true;
        }
        return actor.consultantId() != null
                && request.getAssignee() != null
                && actor.consultantId().equals(request.getAssignee().getId());
    }

    private static AuditLog.Subject subject(ContactRequest request) {
        return new AuditLog.Subject(
                "contact",
                request.getId(),
                request.isAnonymised()
                        ? "#" + request.getId()
                        : request.getName() + " (" + request.getOrganisation() + ")");
    }

    private static String where(Actor actor, RequestStatus status) {
        StringBuilder where = new StringBuilder();
        if (!actor.has(Role.EDITOR)) {
            where.append(" where r.assignee.id = :consultant");
        }
        if (status != null) {
            where.append(where.length() == 0 ? " where " : " and ").append("r.status = :status");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Actor actor, RequestStatus status) {
        if (!actor.has(Role.EDITOR)) {
            query.setParameter("consultant", actor.consultantId() == null ? -1L : actor.consultantId());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }
}
