package nl.kompas.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.kompas.platform.web.PostedForm;
import org.junit.jupiter.api.Test;

/** The double opt-in of one address: tokens, their 48 hours, the consent record, leaving and returning. */
class SubscriberTest {

    private static final Instant ASKED = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void tokensAreLongRandomAndStoredAsTheirHash() {
        OptInToken token = OptInToken.random();
        assertTrue(OptInToken.isWellFormed(token.value()));
        assertNotEquals(token.value(), OptInToken.random().value());
        assertEquals(64, token.hash().length());
        assertFalse(OptInToken.isWellFormed("../../etc"));
        assertFalse(OptInToken.isWellFormed(null));
    }

    @Test
    void aConfirmationWithin48HoursSubscribesAndRecordsTheConsent() {
        Subscriber subscriber = new Subscriber("anne@example.nl", OptInToken.random(), Consent.now(ASKED, "192.0.2.1"));
        assertEquals(SubscriberStatus.PENDING, subscriber.getStatus());
        assertEquals(Consent.TEXT_VERSION, subscriber.getRequestedTextVersion());
        Instant confirmed = ASKED.plus(Duration.ofHours(47));
        assertEquals(Subscriber.Confirmation.CONFIRMED, subscriber.confirm(Consent.now(confirmed, "192.0.2.2")));
        assertTrue(subscriber.isConfirmed());
        assertEquals("192.0.2.2", subscriber.getConfirmedIp());
        assertEquals(Consent.TEXT_VERSION, subscriber.getConfirmedTextVersion());
    }

    @Test
    void aConfirmationAfter48HoursIsRefused() {
        Subscriber subscriber = new Subscriber("anne@example.nl", OptInToken.random(), Consent.now(ASKED, "192.0.2.1"));
        Instant late = ASKED.plus(OptInToken.LIFETIME).plusSeconds(1);
        assertEquals(Subscriber.Confirmation.EXPIRED, subscriber.confirm(Consent.now(late, "192.0.2.1")));
        assertEquals(SubscriberStatus.PENDING, subscriber.getStatus());
    }

    @Test
    void anUnsubscribedAddressCanSubscribeAgain() {
        Subscriber subscriber = new Subscriber("anne@example.nl", OptInToken.random(), Consent.now(ASKED, "192.0.2.1"));
        subscriber.confirm(Consent.now(ASKED.plusSeconds(60), "192.0.2.1"));
        subscriber.unsubscribe(ASKED.plusSeconds(120));
        assertEquals(SubscriberStatus.UNSUBSCRIBED, subscriber.getStatus());
        Instant again = ASKED.plus(Duration.ofDays(30));
        subscriber.askAgain(OptInToken.random(), Consent.now(again, "192.0.2.9"));
        assertEquals(SubscriberStatus.PENDING, subscriber.getStatus());
        assertEquals(
                Subscriber.Confirmation.CONFIRMED, subscriber.confirm(Consent.now(again.plusSeconds(5), "192.0.2.9")));
        assertTrue(subscriber.isConfirmed());
    }

    @Test
    void askingAgainSoonSendsNoSecondMail() {
        Subscriber subscriber = new Subscriber("anne@example.nl", OptInToken.random(), Consent.now(ASKED, "192.0.2.1"));
        assertTrue(subscriber.askedWithin(Subscriptions.RESEND_PAUSE, ASKED.plusSeconds(30)));
        assertFalse(subscriber.askedWithin(Subscriptions.RESEND_PAUSE, ASKED.plus(Duration.ofMinutes(3))));
    }

    @Test
    void signUpFormNeedsAPlainAddress() {
        assertEquals(
                "newsletter.error.email.required",
                SignupForm.check(PostedForm.of(Map.of("email", " "))).error("email"));
        assertEquals(
                "newsletter.error.email.invalid",
                SignupForm.check(PostedForm.of(Map.of("email", "anne@example.nl?bcc=x@y.nl")))
                        .error("email"));
        assertTrue(SignupForm.check(PostedForm.of(Map.of("email", " Anne@Example.NL ")))
                .isValid());
    }

    @Test
    void csvCellsCannotBecomeFormulas() {
        assertEquals(
                "'=HYPERLINK(\"\"x\"\")".length() + 2,
                SubscriberCsv.cell("=HYPERLINK(\"x\")").length());
        assertTrue(SubscriberCsv.cell("=1+1").startsWith("'="));
        assertEquals("\"a,b\"", SubscriberCsv.cell("a,b"));
        assertEquals("anne@example.nl", SubscriberCsv.cell("anne@example.nl"));
    }
}
