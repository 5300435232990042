package jp.tsunagu.app.config;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.provisioning.keycloak.AdminCredentials;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;

/**
 * The Keycloak Admin REST client, configured from MicroProfile Config. Production gives a service client of the
 * master realm (tsunagu.keycloak.admin.client-id / .client-secret); development may use the bootstrap admin
 * (tsunagu.keycloak.admin.user / .password). Singleton: KeycloakAdmin is final and caches its admin token.
 */
@ApplicationScoped
public class KeycloakAdminProducer {

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.url")
    URI keycloakUrl;

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.admin.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.admin.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.admin.user")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.admin.password")
    Optional<String> adminPassword;

    private Client client;

    @Produces
    @Singleton
    KeycloakAdmin keycloakAdmin() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .build();
        return new KeycloakAdmin(keycloakUrl, credentials(), client);
    }

    private AdminCredentials credentials() {
        if (clientId.isPresent() && clientSecret.isPresent()) {
            return new AdminCredentials.ServiceClient(clientId.get(), clientSecret.get());
        }
        if (adminUser.isPresent() && adminPassword.isPresent()) {
            return new AdminCredentials.BootstrapAdmin(adminUser.get(), adminPassword.get());
        }
        throw new IllegalStateException("Keycloak admin access is not configured: set tsunagu.keycloak.admin.client-id"
                + " and .client-secret (or .user and .password for development)");
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
