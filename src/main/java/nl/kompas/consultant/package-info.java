/**
 * The firm's consultants: profiles with a bio, the services they cover, and the articles and
 * cases they wrote or worked on. Editors edit every profile in the admin, a consultant their own
 * ({@link nl.kompas.consultant.ConsultantEditing}).
 */
package nl.kompas.consultant;
