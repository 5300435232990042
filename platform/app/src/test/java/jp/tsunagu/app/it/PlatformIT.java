package jp.tsunagu.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.tsunagu.app.arquillian.TsunaguWar;

/**
 * Base of every system test: the built WAR on Payara Micro (started once per run, see the Arquillian
 * extension), driven from outside through HTTP like a real client.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PlatformIT {

    protected static final Platform platform = Platform.get();

    @Deployment(testable = false)
    public static WebArchive application() {
        return TsunaguWar.asBuilt();
    }

    protected static void assertProblem(Api.Reply reply, int status, String slug, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), () -> "problem+json expected: " + reply);
        assertEquals(slug, reply.problemSlug(), reply::toString);
        assertEquals(status, reply.json().getInt("status"));
        if (field != null) {
            assertEquals(field, reply.json().getString("field"), reply::toString);
        }
    }

    protected static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    protected static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }
}
