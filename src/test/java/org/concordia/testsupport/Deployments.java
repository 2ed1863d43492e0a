package org.concordia.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the WAR the build produced, so tests exercise what ships, not a hand-picked subset.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as built, for tests that drive it from outside (HTTP, browser). */
    public static WebArchive concordia() {
        File war = new File(System.getProperty("concordia.war", "target/concordia.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No " + war + ": run the tests through Maven (./mvnw verify).");
        }
        return ShrinkWrap.create(ZipImporter.class, "concordia.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The application for tests that run inside the server and call services directly. Keycloak's login is taken
     * off (the test acts through {@code ExecutionContext} as a named user, as background work does) so that
     * Arquillian's own servlet can be reached; everything else is as built.
     */
    public static WebArchive concordiaForServiceTests() {
        WebArchive war = concordia();
        war.delete("/WEB-INF/web.xml");
        war.delete("/WEB-INF/oidc.json");
        war.addAsWebInfResource(new StringAsset("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <servlet>
                        <servlet-name>Faces Servlet</servlet-name>
                        <servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class>
                    </servlet>
                    <servlet-mapping>
                        <servlet-name>Faces Servlet</servlet-name>
                        <url-pattern>*.xhtml</url-pattern>
                    </servlet-mapping>
                </web-app>"""), "web.xml");
        war.addClasses(People.class, DatabaseFixtures.class, ClassroomFixture.class, Downloads.class);
        war.addAsLibraries(jarOf(Assertions.class));
        return war;
    }

    /**
     * The application with its Keycloak login, plus what tests inside the server need: Arquillian's servlet is made
     * public so that test methods can run in the server while others log in from outside through Keycloak.
     */
    public static WebArchive concordiaWithTestRunner() {
        WebArchive war = concordia();
        String webXml;
        try (var in = war.get("/WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        war.delete("/WEB-INF/web.xml");
        war.addAsWebInfResource(new StringAsset(webXml.replace("<url-pattern>/health</url-pattern>",
                "<url-pattern>/health</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")),
                "web.xml");
        war.addClasses(People.class, BrowserlessLogin.class, org.concordia.devserver.KeycloakServer.class);
        war.addAsLibraries(jarOf(Assertions.class));
        return war;
    }

    /** Adds the REFI-QDA schemas of ../shared/standards as resources {@code refi-qda/Project.xsd} and Codebook.xsd. */
    public static WebArchive withRefiQdaSchemas(WebArchive war) {
        for (String schema : new String[] {"Project.xsd", "Codebook.xsd"}) {
            File file = new File("../shared/standards/refi-qda/" + schema);
            if (!file.isFile()) {
                throw new IllegalStateException("No " + file + " beside the checkout");
            }
            war.addAsResource(file, "refi-qda/" + schema);
        }
        return war;
    }

    /** Adds the standard's example files (import fixtures) as resources {@code refi-qda/examples/<name>}. */
    public static WebArchive withRefiQdaExamples(WebArchive war) {
        File[] files = new File("../shared/standards/refi-qda/examples").listFiles(File::isFile);
        if (files == null || files.length == 0) {
            throw new IllegalStateException("No ../shared/standards/refi-qda/examples beside the checkout");
        }
        for (File file : files) {
            war.addAsResource(file, "refi-qda/examples/" + file.getName());
        }
        return war;
    }

    /** Adds the real documents of ../shared/corpus to a test deployment, as classpath resources corpus/*.txt. */
    public static WebArchive withSharedCorpus(WebArchive war) {
        File[] files = new File("../shared/corpus").listFiles((dir, name) -> name.endsWith(".txt"));
        if (files == null || files.length == 0) {
            throw new IllegalStateException("No ../shared/corpus beside the checkout");
        }
        for (File file : files) {
            war.addAsResource(file, "corpus/" + file.getName());
        }
        return war;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
