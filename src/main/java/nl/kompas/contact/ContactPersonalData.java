package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kompas.privacy.PersonalDataHolder;

/**
 * The contact requests of one address, for the privacy page. Erasing makes them anonymous (see
 * {@link ContactRequest#anonymise}) and removes their mails from the outbox: who asked is gone, the
 * firm keeps that a request came in, from which page, and how it ended.
 */
@ApplicationScoped
public class ContactPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactUpkeep upkeep;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "contact-requests";
    }

    @Override
    public List<Map<String, String>> export(String email) {
        return of(email).stream().map(ContactPersonalData::record).toList();
    }

    @Override
    public int erase(String email) {
        List<ContactRequest> requests = of(email);
        requests.forEach(request -> upkeep.anonymise(request, clock.instant()));
        return requests.size();
    }

    private List<ContactRequest> of(String email) {
        return em.createQuery(
                        "select r from ContactRequest r where lower(r.email) = :email order by r.id",
                        ContactRequest.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    private static Map<String, String> record(ContactRequest r) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("received", r.getCreatedAt().toString());
        record.put("name", r.getName());
        record.put("email", r.getEmail());
        record.put("organisation", r.getOrganisation());
        record.put("phone", r.getPhone());
        record.put("topic", r.getTopicLabel());
        record.put("message", r.getMessage());
        record.put("consentVersion", r.getConsentVersion());
        record.put("consentAt", r.getConsentAt().toString());
        record.put("sourcePage", r.getSourcePath());
        record.put("utmSource", r.getUtmSource());
        record.put("utmMedium", r.getUtmMedium());
        record.put("utmCampaign", r.getUtmCampaign());
        record.put("utmTerm", r.getUtmTerm());
        record.put("utmContent", r.getUtmContent());
        record.put("status", r.getStatus().name());
        record.put("handledBy", r.getAssignee() == null ? null : r.getAssignee().getName());
        return record;
    }
}
