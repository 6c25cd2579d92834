/**
 * Contact requests: the form at /contact and on every article, case, service and consultant page,
 * routed to the consultant who should answer, with its mails through the outbox, the inbox in the
 * admin where requests are followed to an outcome, escalation and retention.
 */
package nl.kompas.contact;
