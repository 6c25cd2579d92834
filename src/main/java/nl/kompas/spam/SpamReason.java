package nl.kompas.spam;

import java.util.Locale;

/**
 * Why the spam guard turned a form away. Each has a message for the person who sent it
 * ({@link #messageKey()}), since a real person can hit any of them, and a label in the admin.
 */
public enum SpamReason {
    /** The post came from a page of another site (Origin or Referer): a cross-site request. */
    CROSS_SITE,
    /** The hidden field that people never see, and bots fill in, was filled in. */
    HONEYPOT,
    /** The form token is missing or not one this site signed. */
    TOKEN_INVALID,
    /** The form was rendered too long ago; a fresh one is shown with what was typed. */
    TOKEN_EXPIRED,
    /** Sent sooner after the form was shown than a person can fill it in. */
    TOO_FAST,
    /** More links in the free text than a real question needs. */
    TOO_MANY_LINKS,
    /** Too many forms from this address in a short time. */
    RATE_LIMITED;

    /** The bundle key of what the sender is told: "spam.blocked.too-fast". */
    public String messageKey() {
        return "spam.blocked." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
