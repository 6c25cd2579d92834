/**
 * The web side of the platform: the table of public routes, security headers, and the 404
 * response page beans use.
 */
package nl.kompas.platform.web;
