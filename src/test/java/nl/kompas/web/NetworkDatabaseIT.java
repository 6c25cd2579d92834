package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.kompas.SiteDeployment;
import org.apache.derby.drda.NetworkServerControl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The site with site.db.url pointing at a Derby network server instead of embedded Derby: the
 * schema, the content and the pages all live in that server.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkDatabaseIT {

    static final int PORT = 15270;
    static final NetworkServerControl SERVER = startServer();

    // Started while the class initializes, which is before Arquillian deploys the site.
    private static NetworkServerControl startServer() {
        try {
            System.setProperty("derby.system.home", System.getProperty("it.dir", "target") + "/derby-network");
            NetworkServerControl server = new NetworkServerControl(InetAddress.getByName("localhost"), PORT);
            server.start(new PrintWriter(System.out, true));
            for (int attempt = 0; attempt < 50; attempt++) {
                try {
                    server.ping();
                    return server;
                } catch (Exception notYet) {
                    Thread.sleep(200);
                }
            }
            throw new IllegalStateException("The Derby network server did not start on port " + PORT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-network-db")
    static WebArchive deployment() {
        return SiteDeployment.war();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void stopServer() throws Exception {
        SERVER.shutdown();
    }

    @Test
    void siteRunsOnTheNetworkServerAndItsDataIsThere() throws SQLException {
        SiteClient site = new SiteClient(base);
        assertEquals(200, site.get("/health/ready").statusCode());
        assertEquals(
                "Anne de Vries",
                site.page("/consultants/anne-de-vries").selectFirst("h1").text());
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:derby://localhost:" + PORT + "/kompas-network", "kompas", "kompas");
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from article")) {
            rows.next();
            assertTrue(rows.getInt(1) >= 8, "the articles were stored in the network server");
        }
    }
}
