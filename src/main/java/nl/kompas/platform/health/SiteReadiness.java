package nl.kompas.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import nl.kompas.content.ContentLoader;
import nl.kompas.platform.database.DatabaseSchema;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the content folder has been loaded: /health/ready. */
@Readiness
@ApplicationScoped
public class SiteReadiness implements HealthCheck {

    @Inject
    DatabaseSchema schema;

    @Inject
    ContentLoader content;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean loaded = content.isLoaded();
        return HealthCheckResponse.named("site")
                .status(database && loaded)
                .withData("database", database ? "reachable" : "unreachable")
                .withData("content", loaded ? "loaded" : "loading")
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = schema.dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
