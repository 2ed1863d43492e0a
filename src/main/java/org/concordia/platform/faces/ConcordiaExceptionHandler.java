package org.concordia.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.ConflictException;
import org.concordia.platform.errors.DatabaseUnavailable;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.web.SecurityHeadersFilter;
import org.primefaces.csp.CspException;

/**
 * Turns failures of a Faces request into something a user can act on, never a stack trace.
 *
 * <p>In an AJAX request (most actions) the failure becomes an error message on the same page, so nothing typed is
 * lost. A full page request gets the 403, 404 or 500 error page. Unexpected failures are logged with an incident
 * number that the user sees, so that support can find them.
 */
public class ConcordiaExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ConcordiaExceptionHandler.class.getName());

    public ConcordiaExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            respond(faces, thrown);
        }
        getWrapped().handle();
    }

    private void respond(FacesContext faces, Throwable thrown) {
        int status;
        String message;
        AccessDeniedException denied = find(thrown, AccessDeniedException.class);
        NotFoundException notFound = find(thrown, NotFoundException.class);
        if (denied != null) {
            status = 403;
            message = denied.messageIn(Texts.pageLocale());
        } else if (notFound != null) {
            status = 404;
            message = notFound.messageIn(Texts.pageLocale());
        } else if (find(thrown, ConflictException.class) != null) {
            status = 409;
            message = find(thrown, ConflictException.class).messageIn(Texts.pageLocale());
        } else if (find(thrown, OptimisticLockException.class) != null) {
            status = 409;
            message = Texts.get("error.platform.changedInTheMeantime");
        } else if (find(thrown, ConstraintViolationException.class) != null) {
            status = 400;
            message = find(thrown, ConstraintViolationException.class).getConstraintViolations().stream()
                    .map(v -> v.getMessage()).findFirst().orElse(Texts.get("error.platform.inputNotValid"));
        } else if (find(thrown, CspException.class) != null) {
            // A POST without the nonce of the page it claims to come from: forged, or replayed from elsewhere.
            status = 403;
            message = Texts.get("error.platform.formNotFromThisPage");
        } else if (find(thrown, ViewExpiredException.class) != null) {
            status = 440;
            message = Texts.get("error.platform.pageExpired");
        } else if (find(thrown, InvalidInputException.class) != null) {
            status = 400;
            message = find(thrown, InvalidInputException.class).messageIn(Texts.pageLocale());
        } else if (DatabaseUnavailable.causes(thrown)) {
            status = 503;
            LOG.warning("The database cannot be reached while handling " + viewOf(faces) + ": " + thrown);
            message = Texts.get("error.platform.databaseUnavailable");
        } else if (faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW) {
            // The form's state does not fit the page it was sent to: a form of another page, or a forged one.
            status = 400;
            LOG.warning("A form that does not belong to " + viewOf(faces) + " was sent: " + thrown);
            message = Texts.get("error.platform.formNotOfThisPage");
        } else {
            status = 500;
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " while handling " + viewOf(faces), thrown);
            message = Texts.get("error.platform.somethingWentWrong", incident);
        }
        boolean restored = faces.getCurrentPhaseId() != PhaseId.RESTORE_VIEW;
        if (restored && (faces.getPartialViewContext().isAjaxRequest() || status == 400 || status == 409)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            faces.validationFailed();
            faces.renderResponse();
            return;
        }
        sendError(faces, status == 440 ? 400 : status, message);
    }

    /**
     * Shows the error page for {@code status} instead of the page that failed. What the failed page had set on the
     * response goes first: PrimeFaces' policy header carries the failed page's script nonce, and a second one for
     * the error page's nonce would leave the error page's scripts blocked by the first.
     */
    static void sendError(FacesContext faces, int status, String message) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
                SecurityHeadersFilter.apply((HttpServletResponse) external.getResponse(), true);
            }
            external.getRequestMap().put("concordia.error.message", message);
            external.responseSendError(status, message);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static String viewOf(FacesContext faces) {
        return faces.getViewRoot() == null ? "(no view)" : faces.getViewRoot().getViewId();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
