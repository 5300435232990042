package jp.tsunagu.app.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RealmIssuers;

/**
 * What the staff UI (under {@code /ui/}) needs before anyone has logged in: where browsers reach Keycloak, the public
 * client to log in with, and where the application itself is (the redirect URIs Keycloak accepts). Under the public
 * path ({@code tsunagu.access.public-paths}), so it carries no access annotation: one here would demand a token the
 * login page cannot have yet. Configuration only; nothing of any tenant.
 */
@Path("public/web-client")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ui", description = "The staff UI's settings")
public class WebClientSettingsResource {

    /** The settings as the browser reads them; URLs without a trailing slash. */
    public record WebClientSettings(String keycloakUrl, String clientId, String applicationUrl, String realmPrefix) {
    }

    @Inject
    RealmIssuers realms;

    @Inject
    @ConfigProperty(name = "tsunagu.public.url")
    String publicUrl;

    @GET
    @SecurityRequirements
    @Operation(summary = "The Keycloak URL, client id and application URL the staff UI logs in with (no token needed)")
    public Response settings() {
        CacheControl fiveMinutes = new CacheControl();
        fiveMinutes.setMaxAge(300);
        return Response.ok(new WebClientSettings(realms.publicBase(), KeycloakNames.WEB_CLIENT,
                publicUrl.strip().replaceAll("/+$", ""), "pref-")).cacheControl(fiveMinutes).build();
    }
}
