package nl.kompas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The static settings of one site, read once through MicroProfile Config. Each key can be
 * overridden by an environment variable (site.base-url becomes SITE_BASE_URL); the README
 * lists them all.
 */
@Named("site")
@ApplicationScoped
public class SiteConfig {

    @Inject
    @ConfigProperty(name = "site.name", defaultValue = "Koersvast Advies")
    String name;

    @Inject
    @ConfigProperty(name = "site.tagline", defaultValue = "")
    String tagline;

    @Inject
    @ConfigProperty(name = "site.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "site.theme", defaultValue = "default")
    String theme;

    @Inject
    @ConfigProperty(name = "site.content-dir", defaultValue = "content")
    String contentDir;

    @Inject
    @ConfigProperty(name = "site.contact-email", defaultValue = "info@koersvast.example")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "site.contact-phone", defaultValue = "")
    String contactPhone;

    @Inject
    @ConfigProperty(name = "site.time-zone", defaultValue = "Europe/Amsterdam")
    String timeZone;

    @Inject
    @ConfigProperty(name = "site.import.max-mb", defaultValue = "100")
    int importMaxMegabytes;

    /** The largest zip an import takes, in megabytes; it may unpack to five times as much. */
    public int getImportMaxMegabytes() {
        return importMaxMegabytes;
    }

    /** Optional: MicroProfile Config treats an empty value as no value at all. */
    @Inject
    @ConfigProperty(name = "site.same-as")
    Optional<String> sameAs;

    /**
     * The zone the firm works in: editors schedule and read times in it, whatever zone the server
     * runs in. Stored times are UTC.
     */
    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getName() {
        return name;
    }

    public String getTagline() {
        return tagline;
    }

    /** The public address of the site without a trailing slash, used for canonical and share links. */
    public String getBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String getTheme() {
        return theme;
    }

    public Path getContentDir() {
        return Path.of(contentDir).toAbsolutePath().normalize();
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    /**
     * The firm's profiles on other sites (a LinkedIn company page, say), for the {@code sameAs} of
     * its structured data: the comma-separated addresses of {@code site.same-as}.
     */
    public List<String> getSameAs() {
        return sameAs.map(value -> Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(address -> !address.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** The phone number as a tel: link: "030 123 45 67" gives "tel:0301234567". */
    public String getContactPhoneUri() {
        return "tel:" + contactPhone.replaceAll("[^0-9+]", "");
    }

    /** The absolute URL of a site path such as "/artikelen/x". */
    public String absolute(String path) {
        return getBaseUrl() + path;
    }
}
