package nl.kompas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kompas.privacy.PersonalDataHolder;

/** The mails the site sent, or is to send, to one address; erasing removes them from the outbox. */
@ApplicationScoped
public class OutboxPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Override
    public String name() {
        return "mails";
    }

    @Override
    public List<Map<String, String>> export(String email) {
        return em
                .createQuery(
                        "select e from OutboxEntry e where lower(e.recipient) = :address order by e.id",
                        OutboxEntry.class)
                .setParameter("address", email.toLowerCase(Locale.ROOT))
                .getResultList()
                .stream()
                .map(mail -> {
                    Map<String, String> record = new LinkedHashMap<>();
                    record.put("created", mail.getCreatedAt().toString());
                    record.put("subject", mail.getSubject());
                    record.put("purpose", mail.getPurpose());
                    record.put("status", mail.getStatus().name());
                    record.put("text", mail.getTextBody());
                    return record;
                })
                .toList();
    }

    @Override
    public int erase(String email) {
        return outbox.forgetRecipient(email);
    }
}
