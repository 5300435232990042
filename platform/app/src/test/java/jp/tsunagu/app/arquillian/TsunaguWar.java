package jp.tsunagu.app.arquillian;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The WAR that {@code package} built, as every integration test deploys it: the same archive name each time,
 * so that all test classes share the run's one Payara Micro.
 */
public final class TsunaguWar {

    /** Deployed at the context root {@code /} whatever its name. */
    public static final String NAME = "tsunagu.war";

    private TsunaguWar() {
    }

    public static WebArchive asBuilt() {
        String path = System.getProperty("tsunagu.it.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("tsunagu.it.war does not name the built WAR: " + path
                    + " (run the integration tests through Maven: ./mvnw verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, NAME).importFrom(new File(path)).as(WebArchive.class);
    }
}
