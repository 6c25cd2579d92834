/** The audit log: who did what in the admin, and when. */
package nl.kompas.audit;
