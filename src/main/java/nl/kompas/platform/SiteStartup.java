package nl.kompas.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kompas.account.AdminSessions;
import nl.kompas.account.ConfiguredAdmin;
import nl.kompas.contact.ContactTimer;
import nl.kompas.content.ContentLoader;
import nl.kompas.content.OutdatedHtml;
import nl.kompas.editing.ScheduledPublisher;
import nl.kompas.mail.OutboxSender;
import nl.kompas.newsletter.NewsletterSender;
import nl.kompas.platform.database.ConfiguredDataSource;
import nl.kompas.platform.database.DatabaseSchema;
import nl.kompas.search.SearchIndex;
import nl.kompas.statistics.StatisticsWriter;
import nl.kompas.theme.ActiveTheme;
import nl.kompas.theme.ThemeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the site in order: set up the admin's sessions, check the theme (an unusable theme stops
 * start-up), bring the schema up to date, create the admin named in configuration, render stored
 * HTML that an older renderer made again, load new files from the content folder, open the search
 * index (rebuilt when missing), then start publishing scheduled items as they fall due and sending
 * the mail outbox, and look after contact requests (escalation, retention). A start
 * that fails ends the server process. On the way down, embedded Derby is shut down cleanly.
 */
@WebListener
public class SiteStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SiteStartup.class.getName());

    @Inject
    ActiveTheme theme;

    @Inject
    DatabaseSchema schema;

    @Inject
    OutdatedHtml outdatedHtml;

    @Inject
    ContentLoader content;

    @Inject
    AdminSessions adminSessions;

    @Inject
    ConfiguredAdmin configuredAdmin;

    @Inject
    ScheduledPublisher scheduledPublisher;

    @Inject
    StatisticsWriter statisticsWriter;

    @Inject
    SearchIndex search;

    @Inject
    NewsletterSender newsletterSender;

    @Inject
    OutboxSender outboxSender;

    @Inject
    ContactTimer contactTimer;

    /**
     * Payara Micro has no option to stop when its one application fails to deploy: it keeps
     * running without the site and answers 500 to every URL, /health/ready too, so nothing
     * restarts it and an operator has to read the log to learn why. Ending the process makes a
     * refused start visible to Docker, systemd and CI. The integration tests turn this off (see
     * pom.xml): there the failed deployment is reported at once, where an ended process would
     * leave Arquillian waiting minutes for a server that is gone.
     */
    @Inject
    @ConfigProperty(name = "site.exit-on-failed-start", defaultValue = "true")
    boolean exitOnFailedStart;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            adminSessions.configure(event.getServletContext());
            theme.activate(event.getServletContext());
            schema.migrate();
            configuredAdmin.createIfMissing();
            outdatedHtml.renderAgain();
            content.loadNewFiles();
            search.start();
            scheduledPublisher.start();
            statisticsWriter.start();
            newsletterSender.start();
            outboxSender.start();
            contactTimer.start();
        } catch (ThemeException e) {
            String reason = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
            LOG.severe(
                    "Start-up stopped. " + reason + " Fix the theme or choose another with site.theme (SITE_THEME).");
            endTheProcess();
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Start-up stopped: " + e.getMessage(), e);
            endTheProcess();
            throw e;
        }
    }

    /**
     * Ends the JVM with status 1 while the deployment fails as usual. Not System.exit on this
     * thread: Payara's shutdown hook waits for the deployment this thread is running, and the two
     * would wait for each other for ever.
     */
    private void endTheProcess() {
        if (exitOnFailedStart) {
            LOG.severe("The server ends with exit status 1 because the site did not start"
                    + " (site.exit-on-failed-start=false keeps it running).");
            new Thread(() -> System.exit(1), "failed-start-exit").start();
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        // The last views counted since the last batch, while the database is still there.
        statisticsWriter.write();
        ConfiguredDataSource.shutDownEmbeddedDerby();
    }
}
