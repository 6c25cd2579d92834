package nl.kompas.newsletter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.account.AccountRepository;
import nl.kompas.account.Actor;
import nl.kompas.account.CurrentActor;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleFilter;
import nl.kompas.article.ArticleRepository;
import nl.kompas.platform.web.AdminMessages;
import nl.kompas.platform.web.SiteLanguage;

/**
 * One issue in the admin (admin/newsletter-issue.xhtml?id=…): write it in Markdown and pick articles
 * for its cards, preview it, send a test to yourself, then send it; while it goes out, the page
 * shows how far it has come and who has it.
 */
@Named
@ViewScoped
public class IssueEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The articles to pick from: the newest published ones. */
    static final int RECENT_ARTICLES = 20;

    @Inject
    transient NewsletterSending sending;

    @Inject
    transient ArticleRepository articles;

    @Inject
    transient AccountRepository accounts;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    private Long id;
    private String subject;
    private String body;
    private List<Long> articleIds = new ArrayList<>();
    private IssueStatus status;
    private String previewHtml;

    /** Reads the issue named by the id parameter. */
    public void load() {
        NewsletterSending.requireEditor(currentActor.get());
        NewsletterIssue issue = id == null ? null : sending.find(id).orElse(null);
        if (issue == null) {
            messages.error("newsletter.issue.missing");
            return;
        }
        subject = issue.getSubject();
        body = issue.getBodyMarkdown();
        articleIds = new ArrayList<>(issue.getArticleIds());
        status = issue.getStatus();
    }

    public void save() {
        if (!isDraft()) {
            return;
        }
        if (subject == null || subject.isBlank()) {
            messages.error("newsletter.error.subject.required");
            return;
        }
        if (subject.length() > NewsletterIssue.MAX_SUBJECT) {
            messages.error("newsletter.error.subject.long");
            return;
        }
        sending.save(currentActor.get(), id, subject, body, articleIds);
        previewHtml = null;
        messages.info("newsletter.issue.saved");
    }

    /** Saves, then shows the issue as subscribers will see it. */
    public void preview() {
        save();
        sending.find(id).ifPresent(issue -> previewHtml = sending.content(issue).html());
    }

    /** Saves, then puts a test copy into the outbox for the editor's own address. */
    public void sendTest() {
        save();
        Actor actor = currentActor.get();
        String to = accounts.find(actor.accountId()).orElseThrow().getEmail();
        sending.sendTest(actor, id, to);
        messages.info("newsletter.issue.tested", to);
    }

    /** Saves, then starts sending to every confirmed subscriber. */
    public void send() {
        save();
        sending.startSending(currentActor.get(), id);
        status = IssueStatus.SENDING;
        messages.info("newsletter.issue.sending");
    }

    /** Called by the page's poll while the issue goes out. */
    public void refresh() {
        sending.find(id).ifPresent(issue -> status = issue.getStatus());
    }

    public NewsletterSending.Progress getProgress() {
        return sending.progress(id);
    }

    public List<NewsletterSending.Delivery> getDeliveries() {
        return status == IssueStatus.DRAFT ? List.of() : sending.deliveries(id);
    }

    public List<Article> getRecentArticles() {
        return articles.findPublishedPage(ArticleFilter.all(SiteLanguage.NL), 0, RECENT_ARTICLES);
    }

    public String when(LocalDateTime utc) {
        return messages.when(utc == null ? null : utc.toInstant(ZoneOffset.UTC));
    }

    public boolean isDraft() {
        return status == IssueStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : new ArrayList<>(articleIds);
    }

    public IssueStatus getStatus() {
        return status;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }
}
