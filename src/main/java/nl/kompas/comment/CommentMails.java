package nl.kompas.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import nl.kompas.mail.OutgoingMail;
import nl.kompas.newsletter.MailLayout;
import nl.kompas.platform.SiteConfig;

/** The mail that tells an article's author of a new comment, with the way to the moderation queue. */
@ApplicationScoped
public class CommentMails {

    static final String PURPOSE = "comment-new";

    @Inject
    SiteConfig site;

    @Inject
    MailLayout layout;

    OutgoingMail newComment(Comment comment, String to) {
        String title = comment.getArticle().getTitle();
        String subject = MailLayout.message("comments.mail.subject", title);
        String intro = MailLayout.message("comments.mail.intro", comment.getAuthorName(), title);
        String queue = site.absolute("/admin/comments.xhtml");
        MailLayout.Rendered mail = layout.render(
                subject,
                MailLayout.paragraph(intro)
                        + "<blockquote style=\"border-left:4px solid #dddddd;margin:16px 0;padding:4px 16px\">"
                        + comment.getBodyHtml() + "</blockquote>"
                        + MailLayout.paragraph(MailLayout.message("comments.mail.moderate"))
                        + MailLayout.button(queue, MailLayout.message("comments.mail.button")),
                intro + "\n\n" + comment.getBody() + "\n\n" + MailLayout.message("comments.mail.moderate") + "\n"
                        + queue);
        return new OutgoingMail(to, subject, mail.text(), mail.html(), Map.of(), PURPOSE, "comment:" + comment.getId());
    }
}
