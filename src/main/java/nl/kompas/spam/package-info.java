/**
 * Spam protection without third parties for every public form (contact, comments, newsletter
 * signup): a honeypot, a signed form token with a minimum fill time, a limit on links, a rate limit
 * per client address and a same-origin check, with every blocked attempt counted for the admin and
 * explained to the person who sent it.
 */
package nl.kompas.spam;
