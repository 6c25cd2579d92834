/**
 * The firm's consultants: profiles with a bio, the services they cover, and the articles and
 * cases they wrote or worked on.
 */
package nl.kompas.consultant;
