package nl.kompas.community;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.comment.Comment;
import nl.kompas.comment.CommentStatus;
import nl.kompas.comment.Comments;
import nl.kompas.newsletter.Consent;
import nl.kompas.newsletter.NewsletterIssue;
import nl.kompas.newsletter.NewsletterSending;
import nl.kompas.newsletter.OptInToken;
import nl.kompas.newsletter.Subscriber;
import nl.kompas.newsletter.Subscriptions;
import nl.kompas.privacy.PrivacyRequests;

/**
 * Added to the test deployment only: looks at subscribers, comments and the outbox, turns clocks
 * back, and drives a newsletter send batch by batch, so the integration tests can see from outside
 * what a person would notice only after days (an expired link) or a crash (a resumed send).
 */
@WebServlet("/test-only/community/*")
public class CommunityProbe extends HttpServlet {

    private static final Actor EDITOR = new Actor(0, "Test-redacteur", Set.of(Role.EDITOR), null);
    private static final Actor ADMIN = new Actor(0, "Test-beheerder", Set.of(Role.ADMIN), null);

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Subscriptions subscriptions;

    @Inject
    NewsletterSending sending;

    @Inject
    Comments comments;

    @Inject
    ArticleRepository articles;

    @Inject
    PrivacyRequests privacy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (request.getPathInfo()) {
            case "/subscriber" ->
                subscriptions
                        .find(request.getParameter("email"))
                        .map(s -> s.getStatus() + " " + s.getRequestedIp() + " " + s.getRequestedTextVersion() + " "
                                + s.getConfirmedIp() + " " + s.getConfirmedTextVersion())
                        .orElse("NONE");
            case "/progress" -> {
                long issue = Long.parseLong(request.getParameter("issue"));
                NewsletterSending.Progress progress = sending.progress(issue);
                yield progress.queued() + " " + progress.total() + " "
                        + sending.find(issue).orElseThrow().getStatus();
            }
            case "/outbox" ->
                String.valueOf(em.createNativeQuery("select count(*) from outgoing_mail where purpose = ?")
                        .setParameter(1, request.getParameter("purpose"))
                        .getSingleResult());
            case "/comments" -> {
                Article article =
                        articles.findBySlug(request.getParameter("article")).orElseThrow();
                yield em
                        .createQuery("select c from Comment c where c.article.id = :id order by c.id", Comment.class)
                        .setParameter("id", article.getId())
                        .getResultList()
                        .stream()
                        .map(c -> c.getStatus() + " " + c.getAuthorName() + " " + c.getAuthorEmail())
                        .collect(Collectors.joining("\n"));
            }
            default -> null;
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/age" ->
                    inTransaction(() -> String.valueOf(em.createNativeQuery(
                                    "update newsletter_subscriber set requested_at = {fn timestampadd(SQL_TSI_HOUR, ?, requested_at)},"
                                            + " confirm_token_expires = {fn timestampadd(SQL_TSI_HOUR, ?, confirm_token_expires)}"
                                            + " where email = ?")
                            .setParameter(1, -Integer.parseInt(request.getParameter("hours")))
                            .setParameter(2, -Integer.parseInt(request.getParameter("hours")))
                            .setParameter(3, request.getParameter("email"))
                            .executeUpdate()));
                case "/subscribers" ->
                    inTransaction(() -> {
                        int count = Integer.parseInt(request.getParameter("count"));
                        for (int i = 1; i <= count; i++) {
                            Consent consent = Consent.now(Instant.now(), "192.0.2.50");
                            Subscriber subscriber = new Subscriber(
                                    request.getParameter("prefix") + "-" + i + "@example.test",
                                    OptInToken.random(),
                                    consent);
                            subscriber.confirm(consent);
                            em.persist(subscriber);
                        }
                        return String.valueOf(count);
                    });
                case "/rename" ->
                    inTransaction(() -> String.valueOf(em.createNativeQuery(
                                    "update newsletter_subscriber set email = ? where email = ?")
                            .setParameter(1, request.getParameter("to").replace("\\n", "\n"))
                            .setParameter(2, request.getParameter("from").replace("\\n", "\n"))
                            .executeUpdate()));
                case "/issue" -> {
                    NewsletterIssue issue = sending.create(EDITOR);
                    List<Long> picked = request.getParameter("article") == null
                            ? List.of()
                            : List.of(articles.findBySlug(request.getParameter("article"))
                                    .orElseThrow()
                                    .getId());
                    sending.save(EDITOR, issue.getId(), request.getParameter("subject"), "Hallo **lezer**.", picked);
                    sending.startSending(EDITOR, issue.getId());
                    yield String.valueOf(issue.getId());
                }
                case "/batch" -> {
                    try {
                        yield String.valueOf(sending.sendNextBatch(Long.parseLong(request.getParameter("issue"))));
                    } catch (RuntimeException failed) {
                        log("A test batch failed", failed);
                        yield "FAILED";
                    }
                }
                case "/approve" -> {
                    Article article =
                            articles.findBySlug(request.getParameter("article")).orElseThrow();
                    for (Comment comment : comments.withStatus(EDITOR, CommentStatus.PENDING, 100)) {
                        if (comment.getArticle().getId().equals(article.getId())) {
                            comments.moderate(EDITOR, comment.getId(), CommentStatus.APPROVED);
                        }
                    }
                    yield "ok";
                }
                case "/privacy-export" -> privacy.export(ADMIN, request.getParameter("email"));
                case "/privacy-erase" ->
                    privacy.erase(ADMIN, request.getParameter("email")).toString();
                case "/close" ->
                    inTransaction(() -> {
                        articles.findBySlug(request.getParameter("article"))
                                .orElseThrow()
                                .allowComments(false);
                        return "ok";
                    });
                default -> null;
            };
        } catch (Exception e) {
            throw new IllegalStateException("Probe failed", e);
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private void log(String what, Exception e) {
        java.util.logging.Logger.getLogger(CommunityProbe.class.getName()).log(java.util.logging.Level.INFO, what, e);
    }

    private interface Work {
        String run() throws Exception;
    }

    private String inTransaction(Work work) throws Exception {
        transaction.begin();
        try {
            String result = work.run();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
