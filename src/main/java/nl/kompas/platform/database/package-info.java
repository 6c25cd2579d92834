/**
 * The database: one configured data source, and a schema that only Flyway migrations change.
 * Embedded Derby under ./data by default; any JDBC URL whose driver is in the WAR works.
 */
package nl.kompas.platform.database;
