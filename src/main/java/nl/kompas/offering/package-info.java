/**
 * Service pages ("diensten"), grouped in sections such as "Opleidingen" and ordered within them.
 * Named offering because "service" means too many things in Java.
 */
package nl.kompas.offering;
