package nl.kompas.comment;

import static nl.kompas.platform.web.MessageFormats.inSiteLanguage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import nl.kompas.mail.MailLayout;
import nl.kompas.mail.MailParts;
import nl.kompas.mail.OutgoingMail;
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
        String subject = inSiteLanguage("comments.mail.subject", title);
        MailParts mail = layout.mail(subject)
                .paragraph(inSiteLanguage("comments.mail.intro", comment.getAuthorName(), title))
                .quote(comment.getBody())
                .paragraph(inSiteLanguage("comments.mail.moderate"))
                .button(inSiteLanguage("comments.mail.button"), site.absolute("/admin/comments.xhtml"))
                .build();
        return new OutgoingMail(to, subject, mail.text(), mail.html(), Map.of(), PURPOSE, "comment:" + comment.getId());
    }
}
