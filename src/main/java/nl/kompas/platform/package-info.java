/**
 * Cross-cutting parts of the site: configuration and the start-up sequence. Sub-packages hold the
 * database, health checks and the web plumbing (routes, headers, errors).
 */
package nl.kompas.platform;
