package org.concordia.testsupport;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/** Arquillian reports 127.0.0.1; Keycloak only accepts the redirect URIs registered for localhost. */
public final class Urls {

    private Urls() {
    }

    public static URI localhost(URL deploymentUrl) {
        try {
            URI uri = deploymentUrl.toURI();
            return new URI(uri.getScheme(), null, "localhost", uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
