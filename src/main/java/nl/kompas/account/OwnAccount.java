package nl.kompas.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import nl.kompas.platform.web.MessageFormats;

/**
 * The "my account" page, /admin/account.xhtml, for every logged-in person whatever their role:
 * their name, e-mail address and roles to read, and a form to change their own password. Only the
 * account of the session's {@link Actor} is ever shown or changed.
 */
@Named
@RequestScoped
public class OwnAccount {

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor currentActor;

    @Inject
    AdminSessions sessions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @Inject
    FacesMessages messages;

    @Inject
    MessageFormats formats;

    /** Read once per request: the page shows three of its fields. */
    private Account account;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    public void changePassword() {
        try {
            Account changed = accounts.changeOwnPassword(
                    currentActor.get(), clientAddress.of(request), currentPassword, newPassword, newPasswordAgain);
            // The account's other sessions end; this one goes on, with a new id.
            sessions.keepAfterOwnPasswordChange(changed);
            messages.info("account.own.passwordChanged");
        } catch (InvalidAccountInput invalid) {
            messages.show(invalid, "own");
        }
        currentPassword = newPassword = newPasswordAgain = null;
    }

    public String getName() {
        return own().getDisplayName();
    }

    public String getEmail() {
        return own().getEmail();
    }

    /** The roles in the page's language, as the users page names them. */
    public String getRoles() {
        return own().roles().stream()
                .map(role -> formats.message("account.role." + role.groupName()))
                .collect(Collectors.joining(", "));
    }

    public int getMinPasswordLength() {
        return PasswordHashing.MIN_LENGTH;
    }

    private Account own() {
        if (account == null) {
            account = accounts.own(currentActor.get());
        }
        return account;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
