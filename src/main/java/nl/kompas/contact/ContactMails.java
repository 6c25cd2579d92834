package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import nl.kompas.account.Account;
import nl.kompas.account.AccountRepository;
import nl.kompas.consultant.Consultant;
import nl.kompas.mail.MailLayout;
import nl.kompas.mail.MailParts;
import nl.kompas.mail.Outbox;
import nl.kompas.mail.OutgoingMail;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteLanguage;

/**
 * The mails of a contact request, put in the outbox in the caller's transaction: the notification to
 * whoever got it (with a link to the request in the admin, and the prospect as Reply-To), the
 * confirmation to the prospect, and the escalation to the general inbox. The prospect's
 * confirmation is in the language of the page they wrote from; the others are in the site's language
 * (Dutch): they are written outside any page.
 */
@ApplicationScoped
public class ContactMails {

    static final String NOTIFICATION = "contact-notification";
    static final String CONFIRMATION = "contact-confirmation";
    static final String ESCALATION = "contact-escalation";

    @Inject
    Outbox outbox;

    @Inject
    MailLayout layout;

    @Inject
    SiteConfig site;

    @Inject
    AccountRepository accounts;

    @Inject
    ContactRouting routing;

    /** The address of whoever has the request: the consultant's account, their profile's, else the general inbox. */
    String recipientOf(Consultant assignee) {
        if (assignee != null) {
            String account = accounts.findByConsultant(assignee.getId())
                    .filter(Account::isActive)
                    .map(Account::getEmail)
                    .orElse(null);
            if (account != null) {
                return account;
            }
            if (assignee.getEmail() != null && !assignee.getEmail().isBlank()) {
                return assignee.getEmail();
            }
        }
        return routing.generalInbox();
    }

    void notifyAssignee(ContactRequest request) {
        String link = site.absolute("/admin/request.xhtml?id=" + request.getId());
        MailParts parts = layout.mail(text("contact.mail.notification.heading"))
                .paragraph(text("contact.mail.notification.intro", request.getName(), request.getOrganisation()))
                .fact(text("contact.field.name"), request.getName())
                .fact(text("contact.field.email"), request.getEmail())
                .fact(text("contact.field.organisation"), request.getOrganisation())
                .fact(text("contact.field.phone"), request.getPhone())
                .fact(text("contact.field.topic"), request.getTopicLabel())
                .fact(text("contact.mail.source"), request.getSourcePath())
                .quote(request.getMessage())
                .button(text("contact.mail.notification.open"), link)
                .footer(text("contact.mail.notification.footer"))
                .build();
        outbox.enqueue(new OutgoingMail(
                recipientOf(request.getAssignee()),
                text("contact.mail.notification.subject", request.getName(), request.getOrganisation()),
                parts.text(),
                parts.html(),
                Map.of("Reply-To", request.getEmail()),
                NOTIFICATION,
                reference(request)));
    }

    void confirmToProspect(ContactRequest request) {
        Consultant assignee = request.getAssignee();
        // The visitor's own mail, in the language of the page they wrote from.
        SiteLanguage language = request.getLanguage();
        MailParts parts = layout.mail(
                        SiteMessages.text(language, "contact.mail.confirmation.heading", request.getName()))
                .paragraph(SiteMessages.text(language, "contact.mail.confirmation.intro", site.getName()))
                .paragraph(
                        assignee == null
                                ? SiteMessages.text(language, "contact.mail.confirmation.general")
                                : SiteMessages.text(
                                        language, "contact.mail.confirmation.consultant", assignee.getName()))
                .quote(request.getMessage())
                .footer(SiteMessages.text(language, "contact.mail.confirmation.footer", request.getConsentVersion()))
                .build();
        outbox.enqueue(new OutgoingMail(
                request.getEmail(),
                SiteMessages.text(language, "contact.mail.confirmation.subject", site.getName()),
                parts.text(),
                parts.html(),
                Map.of("Reply-To", site.getContactEmail()),
                CONFIRMATION,
                reference(request)));
    }

    void escalate(ContactRequest request, int workingHours) {
        String link = site.absolute("/admin/request.xhtml?id=" + request.getId());
        String who = request.getAssignee() == null
                ? text("contact.mail.escalation.nobody")
                : request.getAssignee().getName();
        MailParts parts = layout.mail(text("contact.mail.escalation.heading"))
                .paragraph(text("contact.mail.escalation.intro", request.getName(), who, workingHours))
                .button(text("contact.mail.notification.open"), link)
                .build();
        outbox.enqueue(new OutgoingMail(
                routing.generalInbox(),
                text("contact.mail.escalation.subject", request.getName(), workingHours),
                parts.text(),
                parts.html(),
                Map.of(),
                ESCALATION,
                reference(request)));
    }

    static String reference(ContactRequest request) {
        return "contact:" + request.getId();
    }

    private static String text(String key, Object... arguments) {
        return SiteMessages.text(key, arguments);
    }
}
