package nl.kompas.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The setup page of a fresh installation, /admin/setup.xhtml: it creates the first admin. Once any
 * account exists the page is gone, and asking for it leads to the login page.
 */
@Named
@RequestScoped
public class FirstAdminSetup {

    @Inject
    AccountService accounts;

    @Inject
    FacesMessages messages;

    private String email;
    private String name;
    private String password;
    private String passwordAgain;

    /** View action: the login page once an account exists. */
    public void open() throws IOException {
        if (accounts.anyAccountExists()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + AdminAuthentication.LOGIN_PAGE);
        }
    }

    public void submit() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            accounts.createFirstAdmin(email, name, password, passwordAgain);
            external.redirect(external.getRequestContextPath() + AdminAuthentication.LOGIN_PAGE + "?notice=created");
        } catch (InvalidAccountInput invalid) {
            messages.show(invalid, "setup");
        } catch (SetupAlreadyDone done) {
            external.redirect(external.getRequestContextPath() + AdminAuthentication.LOGIN_PAGE);
        }
    }

    public int getMinPasswordLength() {
        return PasswordHashing.MIN_LENGTH;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
