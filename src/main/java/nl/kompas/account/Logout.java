package nl.kompas.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The logout button in the admin header. A POST from an admin form (with its view state), so that
 * no link on another site can log anyone out; the session ends, and the login page says so.
 */
@Named
@RequestScoped
public class Logout {

    public void submit() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + AdminAuthentication.LOGIN_PAGE + "?notice=loggedOut");
    }
}
