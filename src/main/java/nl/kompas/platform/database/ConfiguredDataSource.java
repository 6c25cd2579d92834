package nl.kompas.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connection source behind the container's pool (see {@link SiteDataSource}).
 *
 * <p>Why not a vendor DataSource class: Derby's embedded DataSource takes no JDBC URL, and the
 * URL is the one setting an operator knows ("jdbc:derby:data/kompas;create=true" or
 * "jdbc:derby://db:1527/kompas"). So this class reads {@code site.db.url}, {@code site.db.user}
 * and {@code site.db.password} from MicroProfile Config and asks the JDBC drivers packaged in the
 * WAR which of them accepts the URL. DriverManager is avoided on purpose: it only knows drivers
 * visible to the server's class loader, and ours live in WEB-INF/lib.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        return getConnection(
                config.getOptionalValue("site.db.user", String.class).orElse(null),
                config.getOptionalValue("site.db.password", String.class).orElse(null));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        String url = url();
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + url);
        }
        return connection;
    }

    /**
     * Stops embedded Derby when the application stops, so that its files are closed cleanly and a
     * redeployment in the same JVM can open the database again. Does nothing for other databases.
     */
    public static void shutDownEmbeddedDerby() {
        String url = url();
        if (!url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return;
        }
        try {
            new ConfiguredDataSource().driverFor(url).connect("jdbc:derby:;shutdown=true", new Properties());
        } catch (SQLException e) {
            // Derby reports a successful engine shutdown as SQLState XJ015.
            if (!"XJ015".equals(e.getSQLState())) {
                Logger.getLogger(ConfiguredDataSource.class.getName())
                        .warning("Derby did not shut down cleanly: " + e.getMessage());
            }
        }
    }

    private static String url() {
        return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader())
                .getValue("site.db.url", String.class);
    }

    private Driver driverFor(String url) throws SQLException {
        Driver known = driver;
        if (known != null && known.acceptsURL(url)) {
            return known;
        }
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (candidate.acceptsURL(url)) {
                driver = candidate;
                return candidate;
            }
        }
        throw new SQLException("No JDBC driver in the application accepts site.db.url=" + url
                + ". Derby (embedded and network) is included; add the driver jar for other databases.");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
