package nl.kompas.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kompas.mail.Outbox;
import nl.kompas.platform.web.SiteLanguage;

/**
 * Subscribing with a double opt-in, confirming and unsubscribing. Every answer to a visitor is the
 * same whether or not the address was known, so the form never tells anyone who is subscribed.
 */
@ApplicationScoped
public class Subscriptions {

    /**
     * Asking again within this time sends no second mail: someone who types another person's address
     * over and over cannot flood their inbox. The visitor's answer is the same. (An unsubscribed
     * address is not held back: only its owner, with the link, can have unsubscribed it.)
     */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

    /** What became of a confirmation link. */
    public enum Confirmation {
        CONFIRMED,
        EXPIRED,
        /** Used already, replaced by a newer link, or never issued. */
        UNKNOWN
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    NewsletterMails mails;

    Clock clock = Clock.systemUTC();

    /**
     * Records a request to subscribe and puts a confirmation mail with a new link in the outbox, in
     * one transaction. The address must have been checked ({@link SignupForm}).
     */
    @Transactional
    public void ask(String email, String ip) {
        ask(email, ip, SiteLanguage.NL);
    }

    /** The same, from a page in {@code language}: the confirmation mail is written in it. */
    @Transactional
    public void ask(String email, String ip, SiteLanguage language) {
        String address = normalized(email);
        Instant now = clock.instant();
        OptInToken token = OptInToken.random();
        Consent consent = Consent.now(now, ip);
        Optional<Subscriber> known = find(address);
        Subscriber subscriber;
        if (known.isPresent()) {
            subscriber = known.get();
            // Someone who has just unsubscribed and changes their mind gets the mail at once.
            if (subscriber.getStatus() != SubscriberStatus.UNSUBSCRIBED && subscriber.askedWithin(RESEND_PAUSE, now)) {
                return;
            }
            subscriber.askAgain(token, consent);
        } else {
            subscriber = new Subscriber(address, token, consent);
            em.persist(subscriber);
        }
        subscriber.speak(language);
        outbox.enqueue(mails.confirmation(subscriber, token));
    }

    /** Uses a confirmation link: the address is subscribed from now on, with this consent record. */
    @Transactional
    public Confirmation confirm(String token, String ip) {
        if (!OptInToken.isWellFormed(token)) {
            return Confirmation.UNKNOWN;
        }
        Optional<Subscriber> subscriber = em.createNamedQuery("Subscriber.byConfirmHash", Subscriber.class)
                .setParameter("hash", OptInToken.hash(token))
                .getResultStream()
                .findFirst();
        if (subscriber.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        return switch (subscriber.get().confirm(Consent.now(clock.instant(), ip))) {
            case CONFIRMED -> Confirmation.CONFIRMED;
            case EXPIRED -> Confirmation.EXPIRED;
        };
    }

    /** Takes the address of this unsubscribe link off the list; false when the link is no one's. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<Subscriber> subscriber = byUnsubscribeToken(token);
        subscriber.ifPresent(found -> found.unsubscribe(clock.instant()));
        return subscriber.isPresent();
    }

    /** Whether an unsubscribe link belongs to anyone, for the page that asks "unsubscribe?". */
    public boolean isUnsubscribeLink(String token) {
        return byUnsubscribeToken(token).isPresent();
    }

    private Optional<Subscriber> byUnsubscribeToken(String token) {
        if (!OptInToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Subscriber.byUnsubscribeToken", Subscriber.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public Optional<Subscriber> find(String email) {
        return em.createNamedQuery("Subscriber.byEmail", Subscriber.class)
                .setParameter("email", normalized(email))
                .getResultStream()
                .findFirst();
    }

    /** Every address with its status, by address. */
    public List<Subscriber> all() {
        return em.createNamedQuery("Subscriber.all", Subscriber.class).getResultList();
    }

    /** How many addresses are in each status. */
    public Map<SubscriberStatus, Long> counts() {
        Map<SubscriberStatus, Long> counts = new EnumMap<>(SubscriberStatus.class);
        for (SubscriberStatus status : SubscriberStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row :
                em.createNamedQuery("Subscriber.countByStatus", Object[].class).getResultList()) {
            counts.put((SubscriberStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Addresses are compared without case: Anne@X.nl and anne@x.nl are one subscriber. */
    static String normalized(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
