package nl.kompas.newsletter;

import java.time.Instant;

/**
 * What a visitor agreed to and when: the moment, the address the request came from and the
 * version of the text shown ({@link #TEXT_VERSION}). Kept for the sign-up and for the confirmation.
 */
public record Consent(Instant at, String ip, String textVersion) {

    /**
     * The version of the sign-up text (newsletter.consent in the bundles). Change it whenever that
     * text changes in meaning, so each record says which words the person saw.
     */
    public static final String TEXT_VERSION = "nieuwsbrief-2026-11";

    public static Consent now(Instant at, String ip) {
        return new Consent(at, ip.length() > 45 ? ip.substring(0, 45) : ip, TEXT_VERSION);
    }
}
