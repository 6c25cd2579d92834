package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a login comes from, for counting failed logins per client. Directly on the internet
 * that is the connection's address. Behind a reverse proxy every connection comes from the proxy,
 * so there {@code site.admin.client-ip-header} names the header in which the proxy passes the
 * client's address on; the last address in it is the one the proxy saw. Only set it behind a proxy
 * that always writes that header, or anyone can claim any address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "site.admin.client-ip-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        if (header.isPresent() && !header.get().isBlank()) {
            String forwarded = request.getHeader(header.get());
            if (forwarded != null && !forwarded.isBlank()) {
                String[] addresses = forwarded.split(",");
                String last = addresses[addresses.length - 1].strip();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
