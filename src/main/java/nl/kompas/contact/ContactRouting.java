package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditLog;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.InvalidEdit;
import nl.kompas.offering.Offering;
import nl.kompas.platform.SiteConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The routing rules as stored, the facts they are applied to (who covers what, who is available,
 * how many requests each has open), and an admin's changes to them.
 */
@ApplicationScoped
public class ContactRouting {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultantRepository consultants;

    @Inject
    SiteConfig site;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "site.contact.escalate-after-working-hours", defaultValue = "8")
    int defaultEscalationHours;

    public RoutingSettings settings() {
        return em.find(RoutingSettings.class, RoutingSettings.ROW);
    }

    /** Where requests go that no consultant gets, and escalations: set in the admin, else site.contact-email. */
    public String generalInbox() {
        String inbox = settings().getGeneralInbox();
        return inbox == null || inbox.isBlank() ? site.getContactEmail() : inbox;
    }

    /** Working hours a request may stay new before the general inbox hears of it. */
    public int escalationHours() {
        Integer hours = settings().getEscalationHours();
        return hours == null ? defaultEscalationHours : hours;
    }

    /** Decides who gets a request from this page about this topic (which may be null). */
    public RoutingDecision route(Attribution source, Offering topic) {
        Set<Long> unavailable = unavailable();
        Map<Long, Long> open = openRequests();
        ContactRouter.Candidate pageConsultant = null;
        if ("consultant".equals(source.kind()) && source.consultant() != null) {
            pageConsultant = candidate(source.consultant(), unavailable, open);
        }
        List<ContactRouter.Candidate> topicCandidates = topic == null
                ? List.of()
                : consultants.findCovering(topic).stream()
                        .map(c -> candidate(c, unavailable, open))
                        .filter(c -> c != null)
                        .toList();
        boolean fromArticle = "article".equals(source.kind());
        List<ContactRouter.Candidate> coveringAuthors = !fromArticle
                ? List.of()
                : source.people().stream()
                        .filter(author -> author.getOfferings().stream().anyMatch(source.services()::contains))
                        .map(c -> candidate(c, unavailable, open))
                        .filter(c -> c != null)
                        .toList();
        return ContactRouter.decide(
                settings().rules(),
                new ContactRouter.Facts(
                        pageConsultant,
                        topic == null ? null : topic.getTitle(),
                        topicCandidates,
                        fromArticle,
                        coveringAuthors));
    }

    private static ContactRouter.Candidate candidate(
            Consultant consultant, Set<Long> unavailable, Map<Long, Long> open) {
        if (unavailable.contains(consultant.getId())) {
            return null;
        }
        return new ContactRouter.Candidate(
                consultant.getId(), consultant.getName(), open.getOrDefault(consultant.getId(), 0L));
    }

    /** Open requests (new or in progress) per consultant. */
    Map<Long, Long> openRequests() {
        Map<Long, Long> open = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.assignee.id, count(r) from ContactRequest r where r.assignee is not null"
                                + " and r.status <> :closed group by r.assignee.id",
                        Object[].class)
                .setParameter("closed", RequestStatus.CLOSED)
                .getResultList()) {
            open.put((Long) row[0], (Long) row[1]);
        }
        return open;
    }

    /** The consultants an admin marked as taking no requests. */
    public Set<Long> unavailable() {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT consultant_id FROM contact_routing_unavailable")
                .getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** What the admin's routing page saves. */
    public record Change(
            String generalInbox,
            boolean consultantPageRule,
            boolean topicRule,
            boolean articleAuthorRule,
            Integer escalationHours,
            Set<Long> unavailable) {}

    /**
     * Saves the rules (admins only), with an audit entry.
     *
     * @throws InvalidEdit when the inbox is no plain address or the hours are out of range
     */
    @Transactional
    public void save(Actor actor, Change change) {
        if (!actor.has(Role.ADMIN)) {
            throw new ActionNotPermitted(actor, "change the contact routing");
        }
        InvalidEdit.Collector errors = new InvalidEdit.Collector();
        String inbox =
                change.generalInbox() == null ? null : change.generalInbox().strip();
        if (inbox != null && !inbox.isEmpty() && !ConsultantFile.isPlainEmail(inbox)) {
            errors.add("inbox", "contact.error.email.invalid");
        }
        if (change.escalationHours() != null && (change.escalationHours() < 1 || change.escalationHours() > 400)) {
            errors.add("escalation", "routing.error.hours");
        }
        errors.throwIfAny();
        settings()
                .change(
                        inbox == null || inbox.isEmpty() ? null : inbox,
                        change.consultantPageRule(),
                        change.topicRule(),
                        change.articleAuthorRule(),
                        change.escalationHours());
        em.createNativeQuery("DELETE FROM contact_routing_unavailable").executeUpdate();
        for (Long id : change.unavailable()) {
            em.createNativeQuery("INSERT INTO contact_routing_unavailable (consultant_id) VALUES (?)")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        audit.record(
                actor,
                "contact.routing.saved",
                AuditLog.Subject.none(),
                "inbox=" + generalInboxOrDefault(inbox) + " consultant-page=" + change.consultantPageRule()
                        + " topic=" + change.topicRule() + " author=" + change.articleAuthorRule() + " unavailable="
                        + change.unavailable());
    }

    private String generalInboxOrDefault(String inbox) {
        return inbox == null || inbox.isEmpty() ? site.getContactEmail() : inbox;
    }
}
