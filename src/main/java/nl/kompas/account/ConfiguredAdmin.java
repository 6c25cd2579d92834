package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin account of an unattended installation: with {@code site.admin.email} and
 * {@code site.admin.password} set, start-up creates that admin unless an account with the address
 * exists. An existing account is never changed, so removing the password from the configuration
 * after the first start loses nothing.
 */
@ApplicationScoped
public class ConfiguredAdmin {

    private static final Logger LOG = Logger.getLogger(ConfiguredAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "site.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "site.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "site.admin.name", defaultValue = "Beheerder")
    String name;

    @Inject
    AccountService accounts;

    /**
     * Creates the configured admin when it is missing.
     *
     * @throws IllegalStateException when only half of it is configured, or the address or password
     *     cannot be used; start-up stops with this message
     */
    public void createIfMissing() {
        Optional<String> address = email.filter(value -> !value.isBlank());
        Optional<String> secret = password.filter(value -> !value.isEmpty());
        if (address.isEmpty() && secret.isEmpty()) {
            return;
        }
        if (address.isEmpty() || secret.isEmpty()) {
            throw new IllegalStateException("site.admin.email (SITE_ADMIN_EMAIL) and site.admin.password"
                    + " (SITE_ADMIN_PASSWORD) go together: set both to create an admin at start-up, or neither");
        }
        if (accounts.createConfiguredAdmin(address.get(), name, secret.get())) {
            LOG.info(() -> "Created the admin account " + Account.normalizedEmail(address.get())
                    + " from site.admin.email; remove site.admin.password from the configuration now");
        }
    }
}
