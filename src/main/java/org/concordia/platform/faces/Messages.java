package org.concordia.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the person on the screen, shown by the page's p:messages. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    /** Keeps the message through a redirect, for an action that leaves the page. */
    public static void infoAfterRedirect(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
