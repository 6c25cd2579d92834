package nl.kompas.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.logging.Logger;
import nl.kompas.platform.SiteConfig;

/**
 * The theme chosen by {@code site.theme}, loaded once at start-up. Templates use it as
 * {@code #{theme.layout}} and {@code #{theme.asset('style.css')}}.
 */
@Named("theme")
@ApplicationScoped
public class ActiveTheme {

    static final String ROOT = "/WEB-INF/themes";
    static final String ASSET_PATH = "/theme/";

    /** Assets of the platform that every theme serves, such as the share row's copy-link script. */
    static final String PLATFORM_ASSETS = "/WEB-INF/platform-assets/";

    private static final Logger LOG = Logger.getLogger(ActiveTheme.class.getName());

    @Inject
    SiteConfig site;

    private volatile Theme theme;

    /** Loads and checks the configured theme; start-up stops with the reason when it is unusable. */
    public void activate(ServletContext servletContext) {
        Theme.Files files = new Theme.Files() {
            @Override
            public java.io.InputStream open(String path) {
                return servletContext.getResourceAsStream(path);
            }

            @Override
            public Set<String> list(String folder) {
                Set<String> paths = servletContext.getResourcePaths(folder);
                return paths == null ? Set.of() : paths;
            }
        };
        Theme loaded = Theme.load(ROOT, site.getTheme(), files).withPlatformAssets(PLATFORM_ASSETS, files);
        this.theme = loaded;
        LOG.info(() -> "Theme '" + loaded.id() + "' (" + loaded.name() + " " + loaded.version() + ") is active");
    }

    public Theme current() {
        if (theme == null) {
            throw new IllegalStateException("No theme has been activated");
        }
        return theme;
    }

    public String getLayout() {
        return current().layoutPath();
    }

    public String getName() {
        return current().name();
    }

    public ThemeColours getColours() {
        return current().colours();
    }

    /** Whether the theme (or the platform) has an asset of this name. */
    public boolean hasAsset(String name) {
        return current().asset(name).isPresent();
    }

    /** The URL of an asset, with its content hash in the path so it can be cached for a year. */
    public String asset(String name) {
        return current()
                .asset(name)
                .map(asset -> ASSET_PATH + asset.hash() + "/" + asset.name())
                .orElseThrow(
                        () -> new IllegalArgumentException("Theme '" + current().id() + "' has no asset " + name));
    }
}
