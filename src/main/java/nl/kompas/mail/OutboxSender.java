package nl.kompas.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kompas.platform.SiteConfig;

/**
 * Delivers the outbox over SMTP: every {@code site.mail.poll-seconds} it claims the mails that are
 * due, sends them over one connection, and records each result in a transaction of its own.
 *
 * <p><b>Never twice.</b> A mail is claimed (PENDING to SENDING, committed) before it is handed to
 * the server, and marked SENT right after. If the site stops between the two, the mail stays
 * SENDING, and at the next start it becomes UNCERTAIN: it may have gone out, so it is not sent
 * again on its own; the admin's outbox shows it, and an editor may send it again (with the same
 * Message-ID, so mail programs show one). We chose at most once over at least once because a
 * prospect who gets two confirmations, or a subscriber two newsletters, notices; a lost mail in
 * that narrow window is visible and can be sent by hand.
 *
 * <p><b>SMTP down.</b> When the server cannot be reached, each claimed mail goes back to PENDING
 * with its next attempt later: {@code site.mail.retry-seconds}, doubling after each failure up to
 * {@code site.mail.max-retry-seconds}. After {@code site.mail.max-attempts} attempts, or at once
 * when the server refuses an address, the mail is FAILED, with the server's answer in the outbox.
 *
 * <p>An EJB timer, as for scheduled publications: its callbacks run in a clean container context,
 * and a singleton's callbacks never overlap, so one batch finishes before the next starts.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** Mails claimed per poll: a newsletter goes out in batches of this many. */
    static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    OutboxQueue queue;

    @Inject
    SiteConfig site;

    Clock clock = Clock.systemUTC();

    /** Marks what the previous run left half-sent, then starts polling; called once the schema is up to date. */
    public void start() {
        int uncertain = queue.markInterruptedUncertain();
        if (uncertain > 0) {
            LOG.warning(uncertain + " mails were being sent when the site stopped; they are marked uncertain"
                    + " in the outbox and not sent again on their own");
        }
        if (!settings.isConfigured()) {
            LOG.info("No SMTP server configured (site.mail.host): mail waits in the outbox, shown as not sent");
            return;
        }
        if (timers.getTimers().isEmpty()) {
            long millis = settings.pollSeconds() * 1000L;
            timers.createIntervalTimer(0, millis, new TimerConfig("mail outbox", false));
            LOG.info(() -> "Mail is sent through " + settings.host() + ":" + settings.port() + " ("
                    + settings.security() + "), the outbox looked at every " + millis / 1000 + " s");
        }
    }

    /** Sends everything that is due. Never throws: the next poll tries again. */
    @Timeout
    void sendDue() {
        try {
            List<OutboxQueue.Claimed> batch;
            do {
                batch = queue.claimDue(clock.instant(), BATCH);
                if (!batch.isEmpty()) {
                    send(batch);
                }
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; trying again at the next poll", e);
        }
    }

    private void send(List<OutboxQueue.Claimed> batch) {
        SmtpConnection connection;
        try {
            connection = SmtpConnection.open(settings, messageIdDomain());
        } catch (MessagingException | RuntimeException e) {
            String reason = "SMTP server " + settings.host() + ":" + settings.port() + " not reachable: " + describe(e);
            LOG.warning(reason + "; " + batch.size() + " mails wait for the next attempt");
            batch.forEach(mail -> retryOrGiveUp(mail, reason));
            return;
        }
        try (connection) {
            for (int i = 0; i < batch.size(); i++) {
                OutboxQueue.Claimed mail = batch.get(i);
                try {
                    connection.send(mail.id(), mail.mail());
                } catch (SendFailedException | AddressException refused) {
                    queue.markFailed(mail.id(), "Refused: " + describe(refused));
                    continue;
                } catch (MessagingException | RuntimeException e) {
                    // The connection is likely gone: this mail and the rest of the batch wait.
                    String reason = describe(e);
                    batch.subList(i, batch.size()).forEach(rest -> retryOrGiveUp(rest, reason));
                    return;
                }
                queue.markSent(mail.id(), clock.instant());
            }
        }
    }

    private void retryOrGiveUp(OutboxQueue.Claimed mail, String reason) {
        if (mail.attempts() >= settings.maxAttempts()) {
            queue.markFailed(mail.id(), "Gave up after " + mail.attempts() + " attempts: " + reason);
        } else {
            Instant retryAt = clock.instant().plus(settings.backOff(mail.attempts()));
            queue.markRetry(mail.id(), reason, retryAt);
        }
    }

    private String messageIdDomain() {
        String host = URI.create(site.getBaseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage().strip());
        }
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            text.append(" (").append(cause.getMessage().strip()).append(')');
        }
        return text.toString();
    }
}
