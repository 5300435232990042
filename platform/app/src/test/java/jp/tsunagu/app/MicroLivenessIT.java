package jp.tsunagu.app;

import jp.tsunagu.app.arquillian.TsunaguWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deployed application is alive, on the run's one Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class MicroLivenessIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return TsunaguWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void reportsLive() throws Exception {
        HttpResponse<String> live = SuiteWideMicroProbe.get(URI.create(base + "health/live"));

        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());
    }

    @Test
    void isServedByTheOneMicroOfThisRun() throws Exception {
        SuiteWideMicroProbe.assertServedByTheSuiteWideMicro(base.toURI());
    }
}
