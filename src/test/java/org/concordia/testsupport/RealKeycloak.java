package org.concordia.testsupport;

import org.concordia.devserver.KeycloakServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class the real Keycloak with the project's realm: started once for the whole test run (or reused
 * when one is answering already) and stopped when the run ends.
 */
public class RealKeycloak implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KeycloakServer.class, key -> start(), Running.class);
    }

    private static Running start() {
        try {
            return new Running(KeycloakServer.fromSystemProperties().start());
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak could not be started", e);
        }
    }

    /** Closed by JUnit at the end of the run. */
    record Running(KeycloakServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
