package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.Translations;
import nl.kompas.offering.Offering;
import nl.kompas.platform.web.SiteLanguage;

/**
 * Takes a contact request from the public form: checks it, works out where it came from and who
 * gets it, and stores it with its two mails (to whoever got it, and to the prospect) in one
 * transaction, so the visitor sees "bedankt" only once all of it is committed.
 */
@ApplicationScoped
public class ContactRequests {

    /** The version of the privacy text a form shows when it names none (the bundle's current one). */
    private static final String VERSION = "[0-9A-Za-z.\\-]{1,40}";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactSources sources;

    @Inject
    ContactRouting routing;

    @Inject
    ContactMails mails;

    @Inject
    Translations translations;

    Clock clock = Clock.systemUTC();

    /**
     * Stores a request and its mails.
     *
     * @param privacyVersion the version of the privacy text the form showed
     * @return the new request's id
     * @throws InvalidEdit with a message per field that is wrong; nothing is stored then
     */
    @Transactional
    public long submit(ContactSubmission form, String privacyVersion) {
        ContactFormCheck.check(form, topicSlugs());
        Offering topic = form.hasTopic()
                ? sources.topics().stream()
                        .filter(o -> o.getSlug().equals(form.topic()))
                        .findFirst()
                        .orElse(null)
                : null;
        Attribution source = sources.resolve(form.source());
        // Consultants cover the Dutch service pages: an English topic is routed as its Dutch original.
        Offering routedTopic = topic == null || topic.getLanguage() == SiteLanguage.NL
                ? topic
                : translations.counterpart(topic).orElse(topic);
        RoutingDecision decision = routing.route(source, routedTopic);
        Consultant assignee =
                decision.consultantId() == null ? null : em.find(Consultant.class, decision.consultantId());
        ContactRequest request = new ContactRequest(
                form,
                topic,
                source,
                decision,
                assignee,
                privacyVersion != null && privacyVersion.matches(VERSION) ? privacyVersion : "onbekend",
                clock.instant());
        em.persist(request);
        em.flush();
        mails.notifyAssignee(request);
        mails.confirmToProspect(request);
        return request.getId();
    }

    public Set<String> topicSlugs() {
        return sources.topics().stream().map(Offering::getSlug).collect(Collectors.toSet());
    }

    public Optional<ContactRequest> find(long id) {
        return Optional.ofNullable(em.find(ContactRequest.class, id));
    }
}
