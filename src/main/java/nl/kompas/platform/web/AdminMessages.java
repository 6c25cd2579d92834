package nl.kompas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.StaleEdit;
import nl.kompas.platform.SiteConfig;

/**
 * Shows what an admin service said in the editor's language: a refused field beside its input, a
 * stale save or a refusal at the top of the page, a success as a short note. Messages come from
 * the site's bundle; the services only name their keys.
 */
@ApplicationScoped
public class AdminMessages {

    @Inject
    MessageFormats formats;

    @Inject
    SiteConfig site;

    /** Each field's message beside the input of the same id in the given form. */
    public void fields(InvalidEdit refused, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        refused.byField()
                .forEach((field, message) -> context.addMessage(
                        formId + ":" + field,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                formats.message(
                                        message.key(), message.arguments().toArray()),
                                null)));
        error("admin.form.invalid");
    }

    /** Someone else saved first: say who and when, if known, and that nothing was overwritten. */
    public void stale(StaleEdit stale) {
        if (stale.changedBy() != null && stale.changedAt() != null) {
            error("admin.stale", stale.changedBy(), when(stale.changedAt()));
        } else {
            error("admin.stale.unknown");
        }
    }

    public void refused(EditNotAllowed refused) {
        error(refused.messageKey());
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** "23 november 2026 09:14", in the firm's zone and the page's language. */
    public String when(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", PageLanguage.current())
                        .format(instant.atZone(site.getTimeZone()));
    }

    /**
     * What an audit action or revision note says in words ("article.published": "Gepubliceerd"),
     * from the bundle key "audit.action." + action; an action without one is shown as it is.
     */
    public String actionLabel(String action) {
        if (action == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        var bundle = context.getApplication().getResourceBundle(context, "msg");
        String key = "audit.action." + action;
        return bundle.containsKey(key) ? bundle.getString(key) : action;
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(severity, formats.message(key, arguments), null));
    }
}
