package nl.kompas.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The login page, /admin/login.xhtml. A fresh installation without accounts sends the visitor to
 * the setup page instead; someone logged in already goes on to the admin.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    FacesMessages messages;

    /** The notices the login page shows when it is opened with ?notice=…, by bundle key suffix. */
    private static final Set<String> NOTICES = Set.of("loggedOut", "created", "expired");

    private String email;
    private String password;
    private String next;
    private String notice;

    /** View action: the setup page while no account exists, the admin for someone logged in. */
    public void open() throws IOException {
        if (!accounts.anyAccountExists()) {
            redirect("/admin/setup.xhtml");
        } else if (security.getCallerPrincipal() != null) {
            redirect(LoginDestination.after(next));
        }
    }

    /**
     * The bundle key of the notice asked for with ?notice=…, or null. The page shows it itself: a
     * message added in the view action would be written before the view knows its language.
     */
    public String getNoticeKey() {
        return notice != null && NOTICES.contains(notice) ? "login.notice." + notice : null;
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> redirect(LoginDestination.after(next));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                // One message for an unknown address, a wrong password and a deactivated account.
                boolean locked = throttle.isLocked(email, clientAddress.of(request));
                messages.error(null, locked ? "login.locked" : "login.failed", LoginThrottle.LOCK.toMinutes());
            }
        }
    }

    /** A plain redirect: a Faces navigation would also set the flash cookie, which nothing here uses. */
    private static void redirect(String page) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
