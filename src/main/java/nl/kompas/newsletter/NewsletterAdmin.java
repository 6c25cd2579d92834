package nl.kompas.newsletter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.kompas.account.CurrentActor;
import nl.kompas.platform.web.AdminMessages;

/** The newsletter's admin page (admin/newsletter.xhtml): subscribers with their status, and the issues. */
@Named
@ViewScoped
public class NewsletterAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int ISSUES_SHOWN = 50;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    transient NewsletterSending sending;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    private transient List<Subscriber> subscribers;

    public List<Subscriber> getSubscribers() {
        NewsletterSending.requireEditor(currentActor.get());
        if (subscribers == null) {
            subscribers = subscriptions.all();
        }
        return subscribers;
    }

    /** By the status's name, which the page can write: counts['CONFIRMED']. */
    public Map<String, Long> getCounts() {
        Map<String, Long> byName = new java.util.HashMap<>();
        subscriptions.counts().forEach((status, count) -> byName.put(status.name(), count));
        return byName;
    }

    public List<NewsletterIssue> getIssues() {
        return sending.newest(ISSUES_SHOWN);
    }

    /** Starts a new issue and opens it in the editor. */
    public String newIssue() {
        NewsletterIssue issue = sending.create(currentActor.get());
        return "/admin/newsletter-issue.xhtml?faces-redirect=true&id=" + issue.getId();
    }

    public String when(LocalDateTime utc) {
        return messages.when(utc == null ? null : utc.toInstant(ZoneOffset.UTC));
    }
}
