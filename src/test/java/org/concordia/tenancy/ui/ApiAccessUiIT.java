package org.concordia.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The REST API page from the menu: the coder's own command, the tenant's project paths, the OpenAPI link. */
class ApiAccessUiIT extends BrowserTest {

    @Test
    @DisplayName("A coder finds how to call the REST API, with her tenant's paths and the OpenAPI description")
    void aCoderFindsTheApi() {
        logInAs("ada");
        browser.findElement(By.id("menu-api")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("REST API");
        assertThat(browser.findElement(By.id("curl")).getText()).contains("client_id=concordia-cli",
                "username=ada", "/realms/concordia/protocol/openid-connect/token",
                "/concordia/api/tenants/seminar/projects");
        assertThat(browser.findElement(By.id("projects")).getText())
                .contains("Iraq 2020: who chose the prime minister?", "/api/tenants/seminar/projects/");
        Screenshots.save(browser, "rest-api");

        String openapi = browser.findElement(By.id("openapi-link")).getAttribute("href");
        Object description = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0] + '?format=JSON').then(r => r.text()).then(done)"
                        + ".catch(e => done('failed: ' + e));", openapi);
        assertThat(String.valueOf(description)).contains("Concordia API")
                .contains("/api/tenants/{tenant}/projects/{project}/codings");
    }
}
