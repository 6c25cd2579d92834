package nl.kompas.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kompas.privacy.PersonalDataHolder;

/**
 * The newsletter's part of a privacy request: the subscription of one address with its consent
 * records and the issues it was sent. Erasing removes the subscription and its delivery rows, so
 * nothing is left that names the address.
 */
@ApplicationScoped
public class SubscriberData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "newsletter";
    }

    @Override
    public List<Map<String, String>> export(String email) {
        return subscribers(email).stream().map(this::record).toList();
    }

    @Override
    public int erase(String email) {
        List<Subscriber> found = subscribers(email);
        for (Subscriber subscriber : found) {
            em.createQuery("delete from NewsletterDelivery d where d.subscriberId = :id")
                    .setParameter("id", subscriber.getId())
                    .executeUpdate();
            em.remove(subscriber);
        }
        return found.size();
    }

    private List<Subscriber> subscribers(String email) {
        return em.createNamedQuery("Subscriber.byEmail", Subscriber.class)
                .setParameter("email", Subscriptions.normalized(email))
                .getResultList();
    }

    private Map<String, String> record(Subscriber subscriber) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("email", subscriber.getEmail());
        record.put("status", subscriber.getStatus().name().toLowerCase(java.util.Locale.ROOT));
        record.put("requested_at", utc(subscriber.getRequestedAt()));
        record.put("requested_ip", subscriber.getRequestedIp());
        record.put("requested_text_version", subscriber.getRequestedTextVersion());
        record.put("confirmed_at", utc(subscriber.getConfirmedAt()));
        record.put("confirmed_ip", subscriber.getConfirmedIp());
        record.put("confirmed_text_version", subscriber.getConfirmedTextVersion());
        record.put("unsubscribed_at", utc(subscriber.getUnsubscribedAt()));
        long issues = em.createQuery("select count(d) from NewsletterDelivery d where d.subscriberId = :id", Long.class)
                .setParameter("id", subscriber.getId())
                .getSingleResult();
        record.put("issues_sent", String.valueOf(issues));
        return record;
    }

    private static String utc(LocalDateTime time) {
        return time == null ? null : time + "Z";
    }
}
