/**
 * The newsletter ("nieuwsbrief"): visitors subscribe with a double opt-in and leave with one click;
 * editors compose an issue in Markdown with article cards and send it through the outbox in
 * batches, one delivery row per recipient so that an interrupted send resumes without duplicates.
 */
package nl.kompas.newsletter;
