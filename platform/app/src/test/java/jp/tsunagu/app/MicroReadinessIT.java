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

/** The deployed application is ready, on the same Payara Micro as every other test class. */
@ExtendWith(ArquillianExtension.class)
class MicroReadinessIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return TsunaguWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void reportsReady() throws Exception {
        HttpResponse<String> ready = SuiteWideMicroProbe.get(URI.create(base + "health/ready"));

        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    void isServedByTheOneMicroOfThisRun() throws Exception {
        SuiteWideMicroProbe.assertServedByTheSuiteWideMicro(base.toURI());
    }
}
