/** MicroProfile Health checks: /health/ready answers UP once the database and content are there. */
package nl.kompas.platform.health;
