package nl.kompas.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.audit.AuditLog;
import nl.kompas.mail.MailStatus;
import nl.kompas.mail.Outbox;
import nl.kompas.mail.OutboxEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writing issues and sending them. Sending puts the issue into the outbox in batches, each batch
 * one transaction that writes a delivery row per recipient beside its mail. A batch that fails
 * leaves neither; a batch for recipients that already have a row cannot commit (the delivery's
 * unique key). So a send interrupted at any point, by a crash or a restart, resumes with exactly
 * the recipients still missing, and nobody gets the issue twice.
 */
@ApplicationScoped
public class NewsletterSending {

    /** How far a send has come: recipients with the issue in the outbox, of all who get it. */
    public record Progress(long queued, long total) {
        public int percent() {
            return total == 0 ? 100 : (int) (queued * 100 / total);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    NewsletterMails mails;

    @Inject
    ArticleRepository articles;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "site.newsletter.batch-size", defaultValue = "50")
    int batchSize;

    Clock clock = Clock.systemUTC();

    @Transactional
    public NewsletterIssue create(Actor actor) {
        requireEditor(actor);
        NewsletterIssue issue = new NewsletterIssue(actor.name(), clock.instant());
        em.persist(issue);
        em.flush();
        audit.record(actor, "newsletter.created", subject(issue), null);
        return issue;
    }

    /** Saves the subject, text and picked articles of a draft. */
    @Transactional
    public NewsletterIssue save(Actor actor, long issueId, String subject, String markdown, List<Long> articleIds) {
        requireEditor(actor);
        NewsletterIssue issue = find(issueId).orElseThrow();
        issue.write(
                Objects.requireNonNullElse(subject, "").strip(), Objects.requireNonNullElse(markdown, ""), articleIds);
        audit.record(actor, "newsletter.saved", subject(issue), null);
        return issue;
    }

    /** The issue as it will be sent, for the preview. */
    public NewsletterMails.IssueContent content(NewsletterIssue issue) {
        return mails.content(issue, cards(issue));
    }

    /** Puts the issue into the outbox for one address only, marked as a test: the editor's own. */
    @Transactional
    public void sendTest(Actor actor, long issueId, String to) {
        requireEditor(actor);
        NewsletterIssue issue = find(issueId).orElseThrow();
        outbox.enqueue(mails.test(issue, content(issue), to));
        audit.record(actor, "newsletter.tested", subject(issue), to);
    }

    /** Starts sending to every confirmed subscriber; {@link NewsletterSender} sends the batches. */
    @Transactional
    public void startSending(Actor actor, long issueId) {
        requireEditor(actor);
        NewsletterIssue issue = em.find(NewsletterIssue.class, issueId, LockModeType.PESSIMISTIC_WRITE);
        issue.startSending(clock.instant());
        audit.record(actor, "newsletter.sent", subject(issue), null);
    }

    /**
     * Puts the next batch of a sending issue into the outbox: confirmed subscribers who have no
     * delivery row for it yet. The issue's row is locked for the batch, so two senders take turns;
     * if one still got through, the unique key refuses its batch whole. Returns how many were
     * queued; 0 means the issue has reached everyone and is marked sent.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sendNextBatch(long issueId) {
        NewsletterIssue issue = em.find(NewsletterIssue.class, issueId, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null || issue.getStatus() != IssueStatus.SENDING) {
            return 0;
        }
        List<Subscriber> recipients = em.createQuery(
                        "select s from Subscriber s where s.status = nl.kompas.newsletter.SubscriberStatus.CONFIRMED"
                                + " and not exists (select d from NewsletterDelivery d"
                                + " where d.issueId = :issue and d.subscriberId = s.id) order by s.id",
                        Subscriber.class)
                .setParameter("issue", issueId)
                .setMaxResults(Math.max(1, batchSize))
                .getResultList();
        if (recipients.isEmpty()) {
            issue.finishSending(clock.instant());
            audit.recordSystem("newsletter.done", subject(issue), null);
            return 0;
        }
        NewsletterMails.IssueContent content = content(issue);
        for (Subscriber recipient : recipients) {
            long outboxId = outbox.enqueue(mails.issue(issue, content, recipient));
            em.persist(new NewsletterDelivery(issueId, recipient, outboxId, clock.instant()));
        }
        em.flush();
        return recipients.size();
    }

    /** Ids of the issues whose sending has started and not finished: after a restart, they go on. */
    public List<Long> sending() {
        return em.createNamedQuery("NewsletterIssue.sending", Long.class).getResultList();
    }

    public Progress progress(long issueId) {
        long queued = em.createNamedQuery("NewsletterDelivery.countOfIssue", Long.class)
                .setParameter("issue", issueId)
                .getSingleResult();
        NewsletterIssue issue = em.find(NewsletterIssue.class, issueId);
        if (issue == null || issue.getStatus() == IssueStatus.SENT) {
            return new Progress(queued, queued);
        }
        long waiting = em.createQuery(
                        "select count(s) from Subscriber s where s.status = nl.kompas.newsletter.SubscriberStatus.CONFIRMED"
                                + " and not exists (select d from NewsletterDelivery d"
                                + " where d.issueId = :issue and d.subscriberId = s.id)",
                        Long.class)
                .setParameter("issue", issueId)
                .getSingleResult();
        return new Progress(queued, queued + waiting);
    }

    /** One recipient of an issue and where their mail stands in the outbox. */
    public record Delivery(String email, java.time.LocalDateTime queuedAt, MailStatus status, String lastError) {}

    /** Who has the issue in the outbox, by address, with the state of each mail. */
    public List<Delivery> deliveries(long issueId) {
        return em
                .createQuery(
                        "select d, o from NewsletterDelivery d, OutboxEntry o where o.id = d.outboxId"
                                + " and d.issueId = :issue order by d.email",
                        Object[].class)
                .setParameter("issue", issueId)
                .getResultList()
                .stream()
                .map(row -> {
                    NewsletterDelivery delivery = (NewsletterDelivery) row[0];
                    OutboxEntry mail = (OutboxEntry) row[1];
                    return new Delivery(
                            delivery.getEmail(), delivery.getQueuedAt(), mail.getStatus(), mail.getLastError());
                })
                .toList();
    }

    public Optional<NewsletterIssue> find(long issueId) {
        return Optional.ofNullable(em.find(NewsletterIssue.class, issueId));
    }

    public List<NewsletterIssue> newest(int max) {
        return em.createNamedQuery("NewsletterIssue.newest", NewsletterIssue.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The picked articles that are still published, in the order picked. */
    private List<Article> cards(NewsletterIssue issue) {
        return issue.getArticleIds().stream()
                .map(articles::find)
                .flatMap(Optional::stream)
                .filter(Article::isPublished)
                .toList();
    }

    private static AuditLog.Subject subject(NewsletterIssue issue) {
        return new AuditLog.Subject("newsletter", issue.getId(), issue.getSubject());
    }

    static void requireEditor(Actor actor) {
        if (!actor.mayPublish()) {
            throw new ActionNotPermitted(actor, "write or send the newsletter");
        }
    }
}
