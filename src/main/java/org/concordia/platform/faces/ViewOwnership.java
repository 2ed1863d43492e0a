package org.concordia.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A form is only taken by the page that rendered it. Faces restores a postback's view from the state id the form
 * carries, and does not check that the state was saved for the page the form is sent to: a form of the document page
 * sent to the ledger restores the ledger with the document page's view-scoped beans, whose page never loaded, and
 * fails as an error of ours. Every rendered view notes its page in its view map; a postback whose restored view map
 * names another page is refused with 400 before anything else runs. Registered in faces-config.xml.
 */
public class ViewOwnership implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ViewOwnership.class.getName());
    static final String PAGE = "concordia.page";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            UIViewRoot view = event.getFacesContext().getViewRoot();
            if (view != null) {
                view.getViewMap().putIfAbsent(PAGE, view.getViewId());
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !faces.isPostback() || faces.getViewRoot() == null) {
            return;
        }
        UIViewRoot view = faces.getViewRoot();
        Map<String, Object> viewMap = view.getViewMap(false);
        Object page = viewMap == null ? null : viewMap.get(PAGE);
        if (page != null && !page.equals(view.getViewId())) {
            LOG.warning("A form of " + page + " was sent to " + view.getViewId() + "; refused");
            ConcordiaExceptionHandler.sendError(faces, 400, MESSAGE);
        }
    }

    static final String MESSAGE = "This form does not belong to the page it was sent to, so nothing was done."
            + " Reload the page and try again.";
}
