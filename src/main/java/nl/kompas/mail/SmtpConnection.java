package nl.kompas.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

/**
 * One connection to the SMTP server, for a batch of mails: opened once, used for each, closed. Built
 * with Jakarta Mail from {@link MailSettings}.
 */
final class SmtpConnection implements AutoCloseable {

    /** Connecting and each command: an SMTP server that hangs must not hang the sender. */
    private static final String TIMEOUT_MILLIS = "20000";

    private final Session session;
    private final Transport transport;
    private final String from;
    private final String messageIdDomain;

    private SmtpConnection(Session session, Transport transport, String from, String messageIdDomain) {
        this.session = session;
        this.transport = transport;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
    }

    static SmtpConnection open(MailSettings settings, String messageIdDomain) throws MessagingException {
        boolean smtps = settings.security() == MailSettings.Security.SMTPS;
        String protocol = smtps ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        properties.put(
                "mail." + protocol + ".auth", Boolean.toString(settings.user().isPresent()));
        if (settings.security() == MailSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(properties);
        Transport transport = session.getTransport(protocol);
        if (settings.user().isPresent()) {
            transport.connect(settings.host(), settings.port(), settings.user().get(), settings.password());
        } else {
            transport.connect();
        }
        return new SmtpConnection(session, transport, settings.from(), messageIdDomain);
    }

    /** Hands one mail to the server; it has been accepted when this returns. */
    void send(long outboxId, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new OutboxMessage(session, "<outbox-" + outboxId + "@" + messageIdDomain + ">");
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.htmlBody() == null) {
            message.setText(mail.textBody(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.textBody(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The mails are sent or not; a failing QUIT changes neither.
        }
    }

    /**
     * A message whose Message-ID is the outbox id's: should a mail ever be sent again by hand (an
     * uncertain one), mail programs see the same message and show it once.
     */
    private static final class OutboxMessage extends MimeMessage {
        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
