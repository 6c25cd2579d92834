package nl.kompas.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.platform.web.MessageFormats;
import nl.kompas.platform.web.PageLanguage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users page, /admin/users.xhtml (admins only, in web.xml and in {@link AccountService}): the
 * accounts, a form for a new one, and for the account chosen with {@code ?id=} its name, roles,
 * consultant profile, access and password.
 */
@Named
@ViewScoped
public class UserAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One account as the table shows it. (Pages call its accessors, #{row.name()}: EL 5 knows no record properties.) */
    public record Row(
            long id,
            String email,
            String name,
            String roles,
            String consultant,
            boolean active,
            String created,
            String lastLogin)
            implements Serializable {}

    /** A consultant profile an account can be linked to. */
    public record ConsultantChoice(long id, String name) implements Serializable {}

    @Inject
    transient AccountService accounts;

    @Inject
    transient ConsultantRepository consultants;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient AdminSessions sessions;

    @Inject
    transient MessageFormats formats;

    /** The firm's zone for the times shown; the same setting the audit log uses. */
    @Inject
    @ConfigProperty(name = "site.time-zone", defaultValue = "Europe/Amsterdam")
    transient String timeZone;

    private List<Row> rows;
    private List<ConsultantChoice> consultantChoices;

    private Long id;
    private Row selected;

    private String newEmail;
    private String newName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();
    private Long newConsultant;

    private String name;
    private List<String> roles = new ArrayList<>();
    private Long consultant;
    private String password;

    @PostConstruct
    void load() {
        consultantChoices = consultants.findAll().stream()
                .map(profile -> new ConsultantChoice(profile.getId(), profile.getName()))
                .toList();
        reload();
    }

    /** View action: fills the edit form with the account named by ?id=, if there is one. */
    public void open() {
        selected = null;
        if (id == null) {
            return;
        }
        accounts.find(currentActor.get(), id).ifPresent(account -> {
            selected = row(account);
            name = account.getDisplayName();
            roles = account.roles().stream().map(Role::name).collect(Collectors.toList());
            consultant = account.getConsultantId();
        });
    }

    public void create() {
        try {
            Account created = accounts.create(
                    currentActor.get(),
                    new AccountService.Details(newEmail, newName, toRoles(newRoles), newConsultant),
                    newPassword);
            messages.info("users.created", created.getEmail());
            newEmail = newName = newPassword = null;
            newRoles = new ArrayList<>();
            newConsultant = null;
        } catch (InvalidAccountInput invalid) {
            messages.show(invalid, "create");
        } catch (ActionNotPermitted notPermitted) {
            messages.error(null, "users.notPermitted");
        }
        reload();
    }

    public void save() {
        change(() -> accounts.update(currentActor.get(), id, name, toRoles(roles), consultant), "users.saved", "edit");
    }

    public void deactivate() {
        change(() -> accounts.deactivate(currentActor.get(), id), "users.deactivated", "edit");
    }

    public void activate() {
        change(() -> accounts.activate(currentActor.get(), id), "users.activated", "edit");
    }

    public void changePassword() {
        change(
                () -> {
                    Account changed = accounts.setPassword(currentActor.get(), id, password);
                    // The account's other sessions end; the one that changed it goes on.
                    if (changed.getId() == currentActor.get().accountId()) {
                        sessions.keepAfterOwnPasswordChange(changed);
                    }
                    return changed;
                },
                "users.passwordSet",
                "password");
        password = null;
    }

    private void change(Supplier<Account> action, String doneKey, String formId) {
        if (id == null) {
            return;
        }
        try {
            Account changed = action.get();
            messages.info(doneKey, changed.getDisplayName());
            selected = row(changed);
        } catch (InvalidAccountInput invalid) {
            messages.show(invalid, formId);
        } catch (ActionNotPermitted notPermitted) {
            messages.error(null, "users.notPermitted");
        }
        reload();
    }

    private void reload() {
        rows = accounts.list(currentActor.get()).stream().map(this::row).toList();
    }

    private Row row(Account account) {
        return new Row(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.roles().stream().map(this::label).collect(Collectors.joining(", ")),
                consultantName(account.getConsultantId()),
                account.isActive(),
                time(account.getCreatedAt()),
                time(account.getLastLoginAt()));
    }

    private String consultantName(Long consultantId) {
        if (consultantId == null) {
            return "";
        }
        Map<Long, String> names = consultantChoices.stream()
                .collect(Collectors.toMap(ConsultantChoice::id, ConsultantChoice::name, (a, b) -> a));
        return names.getOrDefault(consultantId, "");
    }

    /** "23 nov. 2026 09:14" in the firm's zone, or nothing for a time that never was. */
    private String time(LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", PageLanguage.current())
                .format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of(timeZone)));
    }

    private static Set<Role> toRoles(List<String> names) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String roleName : names == null ? List.<String>of() : names) {
            chosen.add(Role.valueOf(roleName));
        }
        return chosen;
    }

    /** The name of a role in the page's language. */
    public String label(Role role) {
        return formats.message("account.role." + role.groupName());
    }

    public List<Role> getRoleChoices() {
        return List.of(Role.values());
    }

    public int getMinPasswordLength() {
        return PasswordHashing.MIN_LENGTH;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ConsultantChoice> getConsultantChoices() {
        return consultantChoices;
    }

    public Row getSelected() {
        return selected;
    }

    /** Whether the chosen account is the admin's own: the page then offers no deactivation. */
    public boolean isOwnAccount() {
        return selected != null && selected.id() == currentActor.get().accountId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public Long getNewConsultant() {
        return newConsultant;
    }

    public void setNewConsultant(Long newConsultant) {
        this.newConsultant = newConsultant;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public Long getConsultant() {
        return consultant;
    }

    public void setConsultant(Long consultant) {
        this.consultant = consultant;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
