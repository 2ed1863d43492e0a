package org.concordia.testsupport;

import java.net.URI;
import org.concordia.devserver.KeycloakServer;
import org.openqa.selenium.WebDriver;

/** Browser housekeeping shared by the browser tests. */
public final class Browsers {

    private Browsers() {
    }

    /**
     * Forgets every login: Concordia's session and Keycloak's. A browser deletes only the cookies the open page
     * can see, and Keycloak's live under /realms/concordia/, so both places are visited.
     */
    public static void logOutEverywhere(WebDriver browser, URI app) {
        browser.get(KeycloakServer.ISSUER + "/");
        browser.manage().deleteAllCookies();
        browser.get(app.resolve("signed-out.xhtml").toString());
        browser.manage().deleteAllCookies();
    }
}
