package nl.kompas.newsletter;

import static nl.kompas.platform.web.MessageFormats.in;
import static nl.kompas.platform.web.MessageFormats.inSiteLanguage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kompas.article.Article;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.feed.AbsoluteLinks;
import nl.kompas.mail.MailLayout;
import nl.kompas.mail.MailParts;
import nl.kompas.mail.OutgoingMail;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePaths;

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

    @Inject
    SitePaths paths;

    /** The mail with the confirmation link; it works for 48 hours and once. */
    OutgoingMail confirmation(Subscriber subscriber, OptInToken token) {
        // In the language of the page the address signed up on, with the link to that language's page.
        SiteLanguage language = subscriber.getLanguage();
        String link = site.absolute(paths.newsletterConfirm(language) + "?token=" + token.value());
        String subject = in(language, "newsletter.mail.confirm.subject", site.getName());
        MailParts mail = layout.mail(subject)
                .paragraph(in(language, "newsletter.mail.confirm.intro", site.getName()))
                .button(in(language, "newsletter.mail.confirm.button"), link)
                .paragraph(in(language, "newsletter.mail.confirm.ignore"))
                .build();
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

    /** Renders an issue: its Markdown (sanitized, links made absolute), then a card per picked article. */
    public IssueContent content(NewsletterIssue issue, List<Article> articles) {
        StringBuilder html = new StringBuilder(AbsoluteLinks.in(
                MarkdownRenderer.instance().render(issue.getBodyMarkdown()).getHtml(),
                site.absolute(paths.newsletter(SiteLanguage.NL)),
                site.getBaseUrl()));
        StringBuilder text = new StringBuilder(issue.getBodyMarkdown().strip()).append('\n');
        String readOn = inSiteLanguage("newsletter.mail.read");
        for (Article article : articles) {
            String url = site.absolute(paths.item(article));
            html.append(card(article.getTitle(), article.getSummary(), url, readOn));
            text.append('\n')
                    .append(article.getTitle())
                    .append('\n')
                    .append(article.getSummary())
                    .append('\n')
                    .append(url)
                    .append('\n');
        }
        return new IssueContent(issue.getSubject(), html.toString(), text.toString());
    }

    /** An article as a card under the issue's text: its title, summary and a link. */
    static String card(String title, String summary, String url, String readOn) {
        String href = MailLayout.escape(url);
        return "<div style=\"border:1px solid #dddddd;border-radius:6px;padding:16px;margin:16px 0\">"
                + "<h2 style=\"margin:0 0 8px;font-size:18px\"><a href=\"" + href + "\">" + MailLayout.escape(title)
                + "</a></h2><p style=\"margin:0 0 8px\">" + MailLayout.escape(summary) + "</p><a href=\"" + href
                + "\">" + MailLayout.escape(readOn) + "</a></div>";
    }

    /** The issue for one subscriber: their unsubscribe link below the text and in the headers. */
    OutgoingMail issue(NewsletterIssue issue, IssueContent content, Subscriber subscriber) {
        String unsubscribe = unsubscribeUrl(subscriber);
        String why = inSiteLanguage("newsletter.mail.unsubscribe", site.getName());
        String label = inSiteLanguage("newsletter.mail.unsubscribe.link");
        MailParts mail = layout.mail(content.subject())
                .html(content.html(), content.text())
                .html(
                        "<p style=\"font-size:13px;color:#666666;margin-top:28px\">" + MailLayout.escape(why)
                                + " <a href=\"" + MailLayout.escape(unsubscribe) + "\">" + MailLayout.escape(label)
                                + "</a></p>",
                        why + "\n" + label + ": " + unsubscribe)
                .build();
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

    /** The issue as the editor's test: marked as a test, and with no link that could unsubscribe anyone. */
    OutgoingMail test(NewsletterIssue issue, IssueContent content, String to) {
        String subject = inSiteLanguage("newsletter.mail.test.prefix") + " " + content.subject();
        MailParts mail = layout.mail(content.subject())
                .html(content.html(), content.text())
                .build();
        return new OutgoingMail(
                to, subject, mail.text(), mail.html(), Map.of(), PURPOSE_TEST, "issue:" + issue.getId());
    }

    String unsubscribeUrl(Subscriber subscriber) {
        // The token is URL-safe Base64: nothing in it needs encoding.
        return site.absolute(
                paths.newsletterUnsubscribe(SiteLanguage.NL) + "?token=" + subscriber.getUnsubscribeToken());
    }
}
