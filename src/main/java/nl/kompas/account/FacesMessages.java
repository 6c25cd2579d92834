package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import nl.kompas.platform.web.MessageFormats;

/** Shows the bundle's messages on an admin or login page: next to a field, or above the form. */
@ApplicationScoped
public class FacesMessages {

    @Inject
    MessageFormats formats;

    /** Shows each problem next to its field of the form, or above the form when it has no field. */
    public void show(InvalidAccountInput input, String formId) {
        for (InvalidAccountInput.Problem problem : input.problems()) {
            String text =
                    formats.message(problem.messageKey(), problem.arguments().toArray());
            add(problem.field() == null ? null : formId + ":" + problem.field(), FacesMessage.SEVERITY_ERROR, text);
        }
    }

    public void error(String fieldClientId, String key, Object... arguments) {
        add(fieldClientId, FacesMessage.SEVERITY_ERROR, formats.message(key, arguments));
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, formats.message(key, arguments));
    }

    /**
     * A message above the form has its text as summary only: the admin's growl shows summary and
     * detail, and would say it twice. A field's message shows its detail, which is the summary
     * when it has none.
     */
    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, text, clientId == null ? "" : null));
    }
}
