package nl.kompas.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kompas.content.ContentLoader;
import nl.kompas.content.OutdatedHtml;
import nl.kompas.platform.database.ConfiguredDataSource;
import nl.kompas.platform.database.DatabaseSchema;
import nl.kompas.theme.ActiveTheme;
import nl.kompas.theme.ThemeException;

/**
 * Starts the site in order: check the theme (an unusable theme stops start-up), bring the schema
 * up to date, render stored HTML that an older renderer made again, then load new files from the
 * content folder. On the way down, embedded Derby is shut down cleanly.
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

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            theme.activate(event.getServletContext());
        } catch (ThemeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Start-up stopped. " + e.getMessage()
                            + ". Fix the theme or choose another with site.theme (SITE_THEME).");
            throw e;
        }
        schema.migrate();
        outdatedHtml.renderAgain();
        content.loadNewFiles();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ConfiguredDataSource.shutDownEmbeddedDerby();
    }
}
