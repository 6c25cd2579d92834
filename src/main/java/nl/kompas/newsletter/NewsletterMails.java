package nl.kompas.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kompas.article.Article;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.feed.AbsoluteLinks;
import nl.kompas.mail.OutgoingMail;
import nl.kompas.platform.SiteConfig;

/**
 * The newsletter's mails: the confirmation of a sign-up, and an issue as each subscriber gets it,
 * with their own unsubscribe link in the text and in the List-Unsubscribe headers (RFC 8058), so
 * that a mail program can offer one-click unsubscribing. In Dutch, the site's language.
 */
@ApplicationScoped
public class NewsletterMails {

    static final String PURPOSE_CONFIRM = "newsletter-confirm";
    static final String PURPOSE_ISSUE = "newsletter-issue";
    static final String PURPOSE_TEST = "newsletter-test";

    @Inject
    SiteConfig site;

    @Inject
    MailLayout layout;

    /** The mail with the confirmation link; it works for 48 hours and once. */
    OutgoingMail confirmation(Subscriber subscriber, OptInToken token) {
        String link = site.absolute("/nieuwsbrief/bevestigen?token=" + token.value());
        String subject = MailLayout.message("newsletter.mail.confirm.subject", site.getName());
        String intro = MailLayout.message("newsletter.mail.confirm.intro", site.getName());
        String ignore = MailLayout.message("newsletter.mail.confirm.ignore");
        MailLayout.Rendered mail = layout.render(
                subject,
                MailLayout.paragraph(intro)
                        + MailLayout.button(link, MailLayout.message("newsletter.mail.confirm.button"))
                        + MailLayout.paragraph(ignore),
                intro + "\n\n" + link + "\n\n" + ignore);
        return new OutgoingMail(
                subscriber.getEmail(),
                subject,
                mail.text(),
                mail.html(),
                Map.of(),
                PURPOSE_CONFIRM,
                "subscriber:" + subscriber.getId());
    }

    /** An issue's subject, HTML and text, the same for every recipient until their own links are added. */
    public record IssueContent(String subject, String html, String text) {}

    /** Renders an issue: its Markdown, then a card per picked article. */
    public IssueContent content(NewsletterIssue issue, List<Article> articles) {
        String bodyHtml = AbsoluteLinks.in(
                MarkdownRenderer.instance().render(issue.getBodyMarkdown()).getHtml(),
                site.absolute("/nieuwsbrief"),
                site.getBaseUrl());
        StringBuilder html = new StringBuilder(bodyHtml);
        StringBuilder text = new StringBuilder(issue.getBodyMarkdown().strip()).append("\n");
        for (Article article : articles) {
            String url = site.absolute("/artikelen/" + article.getSlug());
            html.append(MailLayout.card(
                    article.getTitle(), article.getSummary(), url, MailLayout.message("newsletter.mail.read")));
            text.append("\n")
                    .append(article.getTitle())
                    .append("\n")
                    .append(article.getSummary())
                    .append("\n")
                    .append(url)
                    .append("\n");
        }
        return new IssueContent(issue.getSubject(), html.toString(), text.toString());
    }

    /** The issue for one subscriber: their unsubscribe link below the text and in the headers. */
    OutgoingMail issue(NewsletterIssue issue, IssueContent content, Subscriber subscriber) {
        String unsubscribe = unsubscribeUrl(subscriber);
        String footer = MailLayout.message("newsletter.mail.unsubscribe", site.getName());
        MailLayout.Rendered mail = layout.render(
                content.subject(),
                content.html()
                        + MailLayout.footer(
                                footer, unsubscribe, MailLayout.message("newsletter.mail.unsubscribe.link")),
                content.text() + "\n--\n" + footer + "\n" + unsubscribe);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new OutgoingMail(
                subscriber.getEmail(),
                content.subject(),
                mail.text(),
                mail.html(),
                headers,
                PURPOSE_ISSUE,
                "issue:" + issue.getId() + ":subscriber:" + subscriber.getId());
    }

    /** The issue as the editor's test: marked as a test, with a link that unsubscribes nobody. */
    OutgoingMail test(NewsletterIssue issue, IssueContent content, String to) {
        String subject = MailLayout.message("newsletter.mail.test.prefix") + " " + content.subject();
        MailLayout.Rendered mail = layout.render(subject, content.html(), content.text());
        return new OutgoingMail(
                to, subject, mail.text(), mail.html(), Map.of(), PURPOSE_TEST, "issue:" + issue.getId());
    }

    String unsubscribeUrl(Subscriber subscriber) {
        return site.absolute("/nieuwsbrief/afmelden?token="
                + URLEncoder.encode(subscriber.getUnsubscribeToken(), StandardCharsets.UTF_8));
    }
}
