/**
 * Service pages ("diensten"), grouped in sections such as "Opleidingen" and ordered within them.
 * Named offering because "service" means too many things in Java. Editors edit them in the admin
 * ({@link nl.kompas.offering.OfferingEditing}).
 */
package nl.kompas.offering;
