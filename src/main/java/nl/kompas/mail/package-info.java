/**
 * Outgoing mail: an outbox in the database, written in the transaction of the change a mail reports,
 * and a background sender that delivers it over SMTP exactly once, with retries while SMTP is down.
 * Also the mail layout (HTML and plain text in the theme's colours) that every mail of the site uses.
 */
package nl.kompas.mail;
