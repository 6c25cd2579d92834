package nl.kompas.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Gives every view its language by {@link AdminLanguage} when Faces creates it, so the metadata
 * phase (view actions, and the messages they raise) and the rendering that follows speak the same
 * language. Templates therefore set no locale of their own, except the public one, which takes
 * the route's.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            return AdminLanguage.forPath(request);
        }
        return super.calculateLocale(context);
    }
}
