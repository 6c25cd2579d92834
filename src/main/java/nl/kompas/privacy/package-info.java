/**
 * What the site holds about one person, found by e-mail address: every feature that keeps personal
 * data implements {@link nl.kompas.privacy.PersonalDataHolder}, and an admin exports or erases it all
 * in one place (admin/privacy.xhtml).
 */
package nl.kompas.privacy;
