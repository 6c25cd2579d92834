package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import nl.kompas.audit.AuditLog;

/**
 * Creates and changes accounts, with the rules that hold whichever page or job asks: only an admin
 * manages accounts, nobody removes their own admin role or deactivates themselves, and there is
 * always at least one active admin. Each method runs in its own transaction.
 */
@ApplicationScoped
public class AccountService {

    /** A plain address: letters, digits, . _ + - before one @, and a domain with a dot. */
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    LoginThrottle throttle;

    Clock clock = Clock.systemUTC();

    /** Once an account exists one always will (accounts are deactivated, never deleted). */
    private final AtomicBoolean anyAccount = new AtomicBoolean();

    /** What an admin fills in for an account, apart from its password. */
    public record Details(String email, String name, Set<Role> roles, Long consultantId) {}

    /** Whether any account exists; until one does, the admin asks for the first admin. */
    public boolean anyAccountExists() {
        if (anyAccount.get()) {
            return true;
        }
        boolean exists = accounts.count() > 0;
        if (exists) {
            anyAccount.set(true);
        }
        return exists;
    }

    /**
     * Creates the first admin of a fresh installation, from the setup page, where the password is
     * typed twice. Refused with
     * {@link SetupAlreadyDone} once any account exists, also when two setups are submitted at the
     * same moment: the database lets only one of them through (see {@link AccountRepository#claimFirstAdmin}).
     */
    @Transactional
    public Account createFirstAdmin(String email, String name, String password, String passwordAgain) {
        InvalidAccountInput.Collector problems = new InvalidAccountInput.Collector();
        checkEmail(email, problems);
        checkName(name, problems);
        checkPassword("password", password, problems);
        if (password != null && !password.equals(passwordAgain)) {
            problems.add("passwordAgain", "account.password.mismatch");
        }
        problems.throwIfAny();
        if (accounts.count() > 0) {
            throw new SetupAlreadyDone();
        }
        Account admin = new Account(email, name, passwords.hash(password), EnumSet.of(Role.ADMIN), clock.instant());
        try {
            accounts.add(admin);
            accounts.claimFirstAdmin(admin);
        } catch (PersistenceException raceLost) {
            throw new SetupAlreadyDone();
        }
        anyAccount.set(true);
        audit.record(admin.toActor(), "account.setup", subject(admin), null);
        return admin;
    }

    /**
     * Creates the admin named in configuration (site.admin.*) unless an account with that address
     * exists; an existing account is left as it is, password and all.
     *
     * @return whether an account was created
     * @throws IllegalStateException when the configured address or password is not acceptable,
     *     with a message for the operator
     */
    @Transactional
    public boolean createConfiguredAdmin(String email, String name, String password) {
        if (accounts.findByEmail(email).isPresent()) {
            return false;
        }
        String normalized = Account.normalizedEmail(email);
        if (!EMAIL.matcher(normalized).matches() || normalized.length() > Account.MAX_EMAIL_LENGTH) {
            throw new IllegalStateException("site.admin.email is not an e-mail address: '" + email + "'");
        }
        if (PasswordHashing.problemWith(password) != null) {
            throw new IllegalStateException("site.admin.password must be " + PasswordHashing.MIN_LENGTH + " to "
                    + PasswordHashing.MAX_LENGTH + " characters long");
        }
        if (name == null || name.isBlank() || name.strip().length() > Account.MAX_NAME_LENGTH) {
            throw new IllegalStateException(
                    "site.admin.name must be 1 to " + Account.MAX_NAME_LENGTH + " characters long");
        }
        Account admin = new Account(email, name, passwords.hash(password), EnumSet.of(Role.ADMIN), clock.instant());
        accounts.add(admin);
        anyAccount.set(true);
        audit.recordSystem("account.configured", subject(admin), null);
        return true;
    }

    /** Every account, by name. Admins only. */
    public List<Account> list(Actor actor) {
        requireAdmin(actor);
        return accounts.findAll();
    }

    public Optional<Account> find(Actor actor, long id) {
        requireAdmin(actor);
        return accounts.find(id);
    }

    /** Creates an active account with the given roles and password. Admins only. */
    @Transactional
    public Account create(Actor actor, Details details, String password) {
        requireAdmin(actor);
        InvalidAccountInput.Collector problems = new InvalidAccountInput.Collector();
        checkEmail(details.email(), problems);
        if (accounts.findByEmail(details.email()).isPresent()) {
            problems.add("email", "account.email.taken");
        }
        checkName(details.name(), problems);
        checkRoles(details.roles(), problems);
        checkConsultant(details.consultantId(), null, problems);
        checkPassword("password", password, problems);
        problems.throwIfAny();
        Account account = new Account(
                details.email(), details.name(), passwords.hash(password), details.roles(), clock.instant());
        account.linkConsultant(details.consultantId());
        accounts.add(account);
        anyAccount.set(true);
        audit.record(actor, "account.created", subject(account), roles(account.roles()));
        return account;
    }

    /**
     * Changes the name, roles and consultant profile of an account. Admins only; an admin keeps
     * their own admin role.
     */
    @Transactional
    public Account update(Actor actor, long id, String name, Set<Role> roles, Long consultantId) {
        requireAdmin(actor);
        Account account = existing(id);
        InvalidAccountInput.Collector problems = new InvalidAccountInput.Collector();
        checkName(name, problems);
        checkRoles(roles, problems);
        if (id == actor.accountId() && roles != null && !roles.contains(Role.ADMIN)) {
            problems.add("roles", "account.roles.ownAdmin");
        }
        checkConsultant(consultantId, id, problems);
        problems.throwIfAny();
        account.rename(name);
        account.changeRoles(roles);
        account.linkConsultant(consultantId);
        ensureAnActiveAdminRemains();
        audit.record(actor, "account.changed", subject(account), roles(account.roles()));
        return account;
    }

    /** Ends an account's access: it cannot log in, and its open session ends. Not one's own. */
    @Transactional
    public Account deactivate(Actor actor, long id) {
        requireAdmin(actor);
        Account account = existing(id);
        if (id == actor.accountId()) {
            throw InvalidAccountInput.of(null, "account.deactivate.self");
        }
        account.deactivate();
        ensureAnActiveAdminRemains();
        audit.record(actor, "account.deactivated", subject(account), null);
        return account;
    }

    @Transactional
    public Account activate(Actor actor, long id) {
        requireAdmin(actor);
        Account account = existing(id);
        account.activate();
        audit.record(actor, "account.activated", subject(account), null);
        return account;
    }

    /** Sets a new password for an account, one's own included. Admins only. */
    @Transactional
    public Account setPassword(Actor actor, long id, String password) {
        requireAdmin(actor);
        Account account = existing(id);
        InvalidAccountInput.Collector problems = new InvalidAccountInput.Collector();
        checkPassword("newPassword", password, problems);
        problems.throwIfAny();
        account.changePasswordHash(passwords.hash(password));
        audit.record(actor, "account.password-set", subject(account), null);
        return account;
    }

    /** The logged-in person's own account, for their "my account" page; any role. */
    public Account own(Actor actor) {
        return accounts.find(actor.accountId())
                .filter(Account::isActive)
                .orElseThrow(() -> new ActionNotPermitted(actor, "change their own account"));
    }

    /**
     * Changes the logged-in person's own password, any role, after checking their current one. A
     * wrong current password counts as a failed login for the {@link LoginThrottle} (of the
     * account's address and of {@code client}), and while either is locked nothing is checked at
     * all: a session left open must not become a way to go on guessing past the lockout.
     */
    @Transactional
    public Account changeOwnPassword(
            Actor actor, String client, String currentPassword, String newPassword, String newPasswordAgain) {
        Account account = own(actor);
        if (throttle.isLocked(account.getEmail(), client)) {
            throw InvalidAccountInput.of("currentPassword", "account.own.locked", LoginThrottle.LOCK.toMinutes());
        }
        InvalidAccountInput.Collector problems = new InvalidAccountInput.Collector();
        boolean currentRight = currentPassword != null
                && currentPassword.length() <= PasswordHashing.MAX_LENGTH
                && passwords.matches(currentPassword, account.getPasswordHash());
        if (!currentRight) {
            throttle.failed(account.getEmail(), client);
            problems.add("currentPassword", "account.own.wrongCurrent");
        }
        checkPassword("newPassword", newPassword, problems);
        if (newPassword != null && !newPassword.equals(newPasswordAgain)) {
            problems.add("newPasswordAgain", "account.password.mismatch");
        } else if (currentRight && newPassword != null && newPassword.equals(currentPassword)) {
            problems.add("newPassword", "account.own.sameAsCurrent");
        }
        problems.throwIfAny();
        account.changePasswordHash(passwords.hash(newPassword));
        audit.record(actor, "account.password-set", subject(account), null);
        return account;
    }

    /** Notes a successful login; the users page shows it. */
    @Transactional
    public void recordLogin(long id) {
        accounts.find(id).ifPresent(account -> {
            account.recordLogin(clock.instant());
            audit.record(account.toActor(), "account.login", subject(account), null);
        });
    }

    /** Accounts are flushed before they are logged, so the entry carries the new account's id. */
    private AuditLog.Subject subject(Account account) {
        accounts.flush();
        return new AuditLog.Subject(
                "account", account.getId(), account.getDisplayName() + " <" + account.getEmail() + ">");
    }

    private static String roles(Set<Role> roles) {
        return roles.stream()
                .map(Role::groupName)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /**
     * The actor's own account must still be an active admin now, in this transaction: an Actor is
     * a snapshot from the start of the request, and two admins may be demoting each other.
     */
    private void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new ActionNotPermitted(actor, "manage accounts");
        }
        accounts.find(actor.accountId())
                .filter(Account::isActive)
                .filter(account -> account.hasRole(Role.ADMIN))
                .orElseThrow(() -> new ActionNotPermitted(actor, "manage accounts"));
    }

    private Account existing(long id) {
        return accounts.find(id).orElseThrow(() -> InvalidAccountInput.of(null, "account.unknown"));
    }

    private void ensureAnActiveAdminRemains() {
        if (accounts.countActiveWith(Role.ADMIN) == 0) {
            throw InvalidAccountInput.of(null, "account.lastAdmin");
        }
    }

    private static void checkEmail(String email, InvalidAccountInput.Collector problems) {
        String normalized = Account.normalizedEmail(email);
        if (normalized.isEmpty()) {
            problems.add("email", "account.email.required");
        } else if (normalized.length() > Account.MAX_EMAIL_LENGTH
                || !EMAIL.matcher(normalized).matches()) {
            problems.add("email", "account.email.invalid");
        }
    }

    private static void checkName(String name, InvalidAccountInput.Collector problems) {
        if (name == null || name.isBlank()) {
            problems.add("name", "account.name.required");
        } else if (name.strip().length() > Account.MAX_NAME_LENGTH) {
            problems.add("name", "account.name.tooLong", Account.MAX_NAME_LENGTH);
        }
    }

    private static void checkRoles(Set<Role> roles, InvalidAccountInput.Collector problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add("roles", "account.roles.required");
        }
    }

    private static void checkPassword(String field, String password, InvalidAccountInput.Collector problems) {
        String problem = PasswordHashing.problemWith(password);
        if (problem != null) {
            problems.add(
                    field,
                    problem,
                    problem.endsWith("tooShort") ? PasswordHashing.MIN_LENGTH : PasswordHashing.MAX_LENGTH);
        }
    }

    /** The profile must exist and belong to no other account. */
    private void checkConsultant(Long consultantId, Long accountId, InvalidAccountInput.Collector problems) {
        if (consultantId == null) {
            return;
        }
        if (!accounts.consultantExists(consultantId)) {
            problems.add("consultant", "account.consultant.unknown");
            return;
        }
        accounts.findByConsultant(consultantId)
                .filter(other -> !other.getId().equals(accountId))
                .ifPresent(other -> problems.add("consultant", "account.consultant.taken", other.getDisplayName()));
    }
}
