package nl.kompas.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Declares the application's pooled, JTA-enlisted data source. The pool is the container's;
 * the connections come from {@link ConfiguredDataSource}, which reads the JDBC URL from
 * configuration.
 */
@DataSourceDefinition(
        name = SiteDataSource.JNDI_NAME,
        className = "nl.kompas.platform.database.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        // Derby embedded has no network timeouts worth waiting for; fail fast instead.
        loginTimeout = 10)
public final class SiteDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/kompas";

    private SiteDataSource() {}
}
