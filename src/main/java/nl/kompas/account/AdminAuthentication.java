package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a person logs in to the admin and stays logged in.
 *
 * <p>The login page hands the e-mail address and password to {@code SecurityContext.authenticate};
 * they are checked here against the {@link LoginThrottle} and the {@link AccountIdentityStore}. A
 * successful login gets a new session id (so a session id planted before the login is worth
 * nothing) and the session remembers the account's id, nothing more. Every later admin request
 * reads that account again: roles changed by an admin apply at once, and a deactivated account's
 * sessions end at their next request. So do the sessions of an account whose password changed
 * since they logged in (see {@link AdminSessions#credentialOf}), except the one that changed it.
 *
 * <p>Public pages are not the admin's business: for them this returns at once, without touching
 * the session, so visitors never get one.
 */
@ApplicationScoped
public class AdminAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/admin/login.xhtml";
    public static final String HOME_PAGE = "/admin/index.xhtml";

    /** The session attribute with the logged-in account's id. */
    static final String ACCOUNT_ID = AdminAuthentication.class.getName() + ".accountId";

    /** The request attribute with the logged-in person, for {@link CurrentActor}. */
    static final String ACTOR = AdminAuthentication.class.getName() + ".actor";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return logIn(credential, request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isAdmin(path)) {
            return context.doNothing();
        }
        Optional<Account> account = sessionAccount(request);
        if (account.isPresent()) {
            return loggedIn(account.get(), request, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + loginPageFor(request, path));
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        String email = credential.getCaller();
        String client = clientAddress.of(request);
        // A locked address or client is refused before the password is even looked at.
        if (throttle.isLocked(email, client)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(email, client);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(email);
        long accountId = Long.parseLong(result.getCallerUniqueId());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ACCOUNT_ID, accountId);
        accountService.recordLogin(accountId);
        return accounts.find(accountId)
                .map(account -> {
                    session.setAttribute(AdminSessions.CREDENTIAL, AdminSessions.credentialOf(account));
                    return loggedIn(account, request, context);
                })
                .orElse(AuthenticationStatus.SEND_FAILURE);
    }

    private static AuthenticationStatus loggedIn(
            Account account, HttpServletRequest request, HttpMessageContext context) {
        Actor actor = account.toActor();
        request.setAttribute(ACTOR, actor);
        return context.notifyContainerAboutLogin(
                new CallerPrincipal(account.getEmail()), AccountIdentityStore.groupsOf(actor));
    }

    /**
     * The active account this session logged in as, with the password it logged in with; a
     * deactivated or removed account, or a password changed elsewhere, ends the session.
     */
    private Optional<Account> sessionAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        if (!(session.getAttribute(ACCOUNT_ID) instanceof Long accountId)) {
            return Optional.empty();
        }
        Object credential = session.getAttribute(AdminSessions.CREDENTIAL);
        Optional<Account> account = accounts.find(accountId)
                .filter(Account::isActive)
                .filter(found -> AdminSessions.credentialOf(found).equals(credential));
        if (account.isEmpty()) {
            session.invalidate();
        }
        return account;
    }

    /**
     * Whether a request comes from someone logged in to the admin, on any page. Public pages never
     * start a session, so only a request that brings a session cookie is looked at, and the session
     * is only looked up, never created: for a visitor this costs nothing and changes nothing.
     */
    public static boolean isFromLoggedInPerson(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        try {
            return session != null && session.getAttribute(ACCOUNT_ID) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /** The login page, naming the page asked for when it is one to come back to after logging in. */
    private static String loginPageFor(HttpServletRequest request, String path) {
        if ("GET".equals(request.getMethod()) && LoginDestination.isAllowed(path) && !path.equals(HOME_PAGE)) {
            return LOGIN_PAGE + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
        return LOGIN_PAGE;
    }

    static boolean isAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }
}
