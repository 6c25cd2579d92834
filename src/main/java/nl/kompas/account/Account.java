package nl.kompas.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who may log in to the admin: the e-mail address is the login name, the roles say what
 * they may do, and a consultant's account names their profile. Only a hash of the password is
 * kept. A deactivated account cannot log in, and a session it already had ends at its next request.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.findAll", query = "select a from Account a order by a.displayName, a.email")
@NamedQuery(name = "Account.count", query = "select count(a) from Account a")
@NamedQuery(
        name = "Account.countActiveWithRole",
        query = "select count(a) from Account a join a.roles r where a.active = true and r = :role")
@NamedQuery(name = "Account.findByConsultant", query = "select a from Account a where a.consultantId = :consultantId")
public class Account {

    public static final int MAX_EMAIL_LENGTH = 320;
    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_EMAIL_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = MAX_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    // Eager: every admin request reads the account to know its roles, never without them.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    /** The consultant profile of this person, by id: the account feature does not load profiles. */
    @Column(name = "consultant_id")
    private Long consultantId;

    @Column(nullable = false)
    private boolean active = true;

    /** In UTC, like every stored time: the server's own zone must not move it. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Version
    private int version;

    protected Account() {}

    /**
     * A new, active account. The service has checked the input; this guards what must never be
     * stored whatever calls it.
     */
    public Account(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = normalizedEmail(email);
        rename(displayName);
        changePasswordHash(passwordHash);
        changeRoles(roles);
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** The one spelling of an e-mail address: trimmed and in lower case. */
    public static String normalizedEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("An account needs a name");
        }
        this.displayName = newName.strip();
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changePasswordHash(String newHash) {
        if (newHash == null || !newHash.startsWith(PasswordHashing.ALGORITHM + ":")) {
            throw new IllegalArgumentException("Only a PBKDF2 hash of a password is stored");
        }
        this.passwordHash = newHash;
    }

    public void linkConsultant(Long newConsultantId) {
        this.consultantId = newConsultantId;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void recordLogin(Instant when) {
        this.lastLoginAt = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
    }

    /** The person as the services see them, with the roles this account has now. */
    public Actor toActor() {
        return new Actor(id, displayName, roles(), consultantId);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getConsultantId() {
        return consultantId;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
