package nl.kompas.privacy;

import java.util.List;
import java.util.Map;

/**
 * A feature that keeps personal data (contact requests, the outbox, newsletter subscriptions,
 * comments), as a CDI bean: {@link PrivacyRequests} finds every implementation, so a new feature
 * only has to implement this to be part of every export and erasure. Both methods run in the
 * caller's transaction; the address is compared without regard to case.
 */
public interface PersonalDataHolder {

    /** A short, stable name for this holder's part of an export: "contact-requests". */
    String name();

    /** Everything held about the address, one map of field to value per record (in the export's order). */
    List<Map<String, String>> export(String email);

    /**
     * Erases everything held about the address, or makes it anonymous where the firm keeps figures
     * (when, from where, with what outcome) that no longer say who it was.
     *
     * @return how many records were erased or made anonymous
     */
    int erase(String email);
}
