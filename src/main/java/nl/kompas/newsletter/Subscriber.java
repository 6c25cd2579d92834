package nl.kompas.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.kompas.platform.web.SiteLanguage;

/**
 * One e-mail address and its way through the double opt-in: asked, confirmed, perhaps unsubscribed
 * and asked again. The row keeps the consent record of the last request and confirmation.
 */
@Entity
@Table(name = "newsletter_subscriber")
@NamedQuery(name = "Subscriber.byEmail", query = "select s from Subscriber s where s.email = :email")
@NamedQuery(name = "Subscriber.byConfirmHash", query = "select s from Subscriber s where s.confirmTokenHash = :hash")
@NamedQuery(
        name = "Subscriber.byUnsubscribeToken",
        query = "select s from Subscriber s where s.unsubscribeToken = :token")
@NamedQuery(name = "Subscriber.all", query = "select s from Subscriber s order by s.email")
@NamedQuery(name = "Subscriber.countByStatus", query = "select s.status, count(s) from Subscriber s group by s.status")
public class Subscriber {

    public static final int MAX_EMAIL = 254;

    /** What {@link #confirm} found. */
    public enum Confirmation {
        CONFIRMED,
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_EMAIL)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriberStatus status;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    @Column(name = "confirm_token_expires")
    private LocalDateTime confirmTokenExpires;

    @Column(name = "unsubscribe_token", nullable = false, length = 43)
    private String unsubscribeToken;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "requested_ip", nullable = false, length = 45)
    private String requestedIp;

    @Column(name = "requested_text_version", nullable = false, length = 40)
    private String requestedTextVersion;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_ip", length = 45)
    private String confirmedIp;

    @Column(name = "confirmed_text_version", length = 40)
    private String confirmedTextVersion;

    @Column(name = "unsubscribed_at")
    private LocalDateTime unsubscribedAt;

    @Version
    private int version;

    /** The language of the page the address signed up on: its mails' links and words follow it. */
    @Column(nullable = false, length = 2)
    private String language = SiteLanguage.NL.getTag();

    protected Subscriber() {}

    /** A new address that asked to subscribe; it is pending until the link in {@code token}'s mail is used. */
    public Subscriber(String email, OptInToken token, Consent consent) {
        this.email = Objects.requireNonNull(email);
        this.unsubscribeToken = OptInToken.random().value();
        askAgain(token, consent);
    }

    /**
     * Records a new request with a new confirmation token; the old link stops working. A confirmed
     * address stays confirmed (confirming again changes nothing); an unsubscribed one is pending again.
     */
    public void askAgain(OptInToken token, Consent consent) {
        if (status != SubscriberStatus.CONFIRMED) {
            status = SubscriberStatus.PENDING;
        }
        confirmTokenHash = token.hash();
        confirmTokenExpires = utc(OptInToken.expiryOf(consent.at()));
        requestedAt = utc(consent.at());
        requestedIp = consent.ip();
        requestedTextVersion = consent.textVersion();
    }

    /** Uses the confirmation token (once): the address is subscribed, unless the link expired. */
    public Confirmation confirm(Consent consent) {
        if (utc(consent.at()).isAfter(confirmTokenExpires)) {
            return Confirmation.EXPIRED;
        }
        status = SubscriberStatus.CONFIRMED;
        confirmTokenHash = null;
        confirmTokenExpires = null;
        confirmedAt = utc(consent.at());
        confirmedIp = consent.ip();
        confirmedTextVersion = consent.textVersion();
        unsubscribedAt = null;
        return Confirmation.CONFIRMED;
    }

    /** Takes the address off the list. The row stays, so the consent record and a later return are kept. */
    public void unsubscribe(Instant at) {
        if (status != SubscriberStatus.UNSUBSCRIBED) {
            status = SubscriberStatus.UNSUBSCRIBED;
            unsubscribedAt = utc(at);
            confirmTokenHash = null;
            confirmTokenExpires = null;
        }
    }

    /** Whether the last request was so recent that another confirmation mail would only be noise. */
    public boolean askedWithin(java.time.Duration period, Instant now) {
        return requestedAt != null && utc(now).isBefore(requestedAt.plus(period));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public boolean isConfirmed() {
        return status == SubscriberStatus.CONFIRMED;
    }

    public SiteLanguage getLanguage() {
        return SiteLanguage.ofStored(language);
    }

    /** The language of the page of the latest sign-up. */
    void speak(SiteLanguage newLanguage) {
        this.language = newLanguage.getTag();
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedIp() {
        return requestedIp;
    }

    public String getRequestedTextVersion() {
        return requestedTextVersion;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedIp() {
        return confirmedIp;
    }

    public String getConfirmedTextVersion() {
        return confirmedTextVersion;
    }

    public LocalDateTime getUnsubscribedAt() {
        return unsubscribedAt;
    }
}
