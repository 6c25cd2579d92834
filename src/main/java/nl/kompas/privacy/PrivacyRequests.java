package nl.kompas.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditLog;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.content.InvalidEdit;

/**
 * An admin's answer to a person who asks what the site holds about them, or to have it erased: every
 * {@link PersonalDataHolder}, for one e-mail address. The audit log records that it was done and how
 * much, never the address itself (an erasure that kept the address would not be one).
 */
@ApplicationScoped
public class PrivacyRequests {

    @Inject
    Instance<PersonalDataHolder> holders;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Everything held about the address, as JSON: {"email": …, "exported": …, "<holder>": [records]}. */
    @Transactional
    public String export(Actor actor, String email) {
        String address = checked(actor, email);
        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("email", address)
                .add("exported", clock.instant().toString());
        int records = 0;
        for (PersonalDataHolder holder : sorted()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (Map<String, String> record : holder.export(address)) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                record.forEach((field, value) -> {
                    if (value != null) {
                        object.add(field, value);
                    }
                });
                list.add(object);
                records++;
            }
            export.add(holder.name(), list);
        }
        audit.record(actor, "privacy.exported", AuditLog.Subject.none(), records + " records");
        StringWriter json = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(json)
                .write(export.build());
        return json.toString();
    }

    /** Erases everything held about the address; how many records of each holder. */
    @Transactional
    public Map<String, Integer> erase(Actor actor, String email) {
        String address = checked(actor, email);
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (PersonalDataHolder holder : sorted()) {
            erased.put(holder.name(), holder.erase(address));
        }
        audit.record(actor, "privacy.erased", AuditLog.Subject.none(), erased.toString());
        return erased;
    }

    private List<PersonalDataHolder> sorted() {
        List<PersonalDataHolder> all = new ArrayList<>();
        holders.forEach(all::add);
        all.sort((a, b) -> a.name().compareTo(b.name()));
        return all;
    }

    private static String checked(Actor actor, String email) {
        if (!actor.has(Role.ADMIN)) {
            throw new ActionNotPermitted(actor, "export or erase personal data");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!ConsultantFile.isPlainEmail(address)) {
            throw new InvalidEdit(Map.of("email", new InvalidEdit.Message("contact.error.email.invalid", List.of())));
        }
        return address;
    }
}
