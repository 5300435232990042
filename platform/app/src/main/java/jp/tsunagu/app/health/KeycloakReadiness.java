package jp.tsunagu.app.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jp.tsunagu.app.startup.OperatorRealmSetup;

/**
 * Ready only while Keycloak serves its realms and the operator realm exists: without them nobody can log in and
 * no token can be verified.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.url")
    String keycloakUrl;

    @Inject
    OperatorRealmSetup operatorRealm;

    @Override
    public HealthCheckResponse call() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return HealthCheckResponse.named("keycloak").status(status == 200 && operatorRealm.isReady())
                    .withData("status", status).withData("operatorRealm", operatorRealm.isReady()).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named("keycloak").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
