package nl.kompas.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form of an admin page posted after its session ended (the login page left open over lunch)
 * leads back to the page, freshly loaded, instead of to an error page. The login page then says
 * that the session had expired. Public pages have no server state, so this never concerns them.
 */
public class ExpiredAdminViews extends ExceptionHandlerWrapper {

    private static final String LOGIN_PAGE = "/admin/login.xhtml";

    ExpiredAdminViews(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ViewExpiredException expired = expired(events.next().getContext().getException());
            if (expired != null
                    && expired.getViewId() != null
                    && expired.getViewId().startsWith("/admin/")) {
                events.remove();
                reload(expired.getViewId());
            }
        }
        getWrapped().handle();
    }

    private static ViewExpiredException expired(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return expired;
            }
            if (!(cause instanceof FacesException)) {
                return null;
            }
        }
        return null;
    }

    private static void reload(String viewId) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String page = viewId.equals(LOGIN_PAGE) ? LOGIN_PAGE + "?notice=expired" : viewId;
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredAdminViews(getWrapped().getExceptionHandler());
        }
    }
}
