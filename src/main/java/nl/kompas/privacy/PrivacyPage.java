package nl.kompas.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.kompas.account.CurrentActor;
import nl.kompas.content.InvalidEdit;
import nl.kompas.platform.web.AdminMessages;

/** The admin's privacy page: export or erase everything held about one e-mail address. */
@Named
@RequestScoped
public class PrivacyPage {

    @Inject
    PrivacyRequests privacy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AdminMessages messages;

    private String email;
    private Map<String, Integer> erased;

    /** Sends the export as a JSON download. */
    public void export() {
        try {
            byte[] json = privacy.export(currentActor.get(), email).getBytes(StandardCharsets.UTF_8);
            FacesContext context = FacesContext.getCurrentInstance();
            ExternalContext external = context.getExternalContext();
            external.responseReset();
            external.setResponseContentType("application/json;charset=UTF-8");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"persoonsgegevens.json\"");
            external.setResponseContentLength(json.length);
            external.getResponseOutputStream().write(json);
            context.responseComplete();
        } catch (InvalidEdit invalid) {
            messages.fields(invalid, "privacy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void erase() {
        try {
            erased = privacy.erase(currentActor.get(), email);
            messages.info(
                    "privacy.erased",
                    erased.values().stream().mapToInt(Integer::intValue).sum());
        } catch (InvalidEdit invalid) {
            messages.fields(invalid, "privacy");
        }
    }

    public Map<String, Integer> getErased() {
        return erased;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
