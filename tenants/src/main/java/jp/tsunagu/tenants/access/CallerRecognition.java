package jp.tsunagu.tenants.access;

import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Turns the claims of a verified access token into a {@link Caller}, by the token's shape. Keycloak gives a
 * client-credentials token a {@code client_id} claim; every other token is a login of a person (or an operator,
 * in the operator realm) and must come from the web client, for this API, with OTP.
 */
final class CallerRecognition {

    private final ServiceClientDirectory serviceClients;

    CallerRecognition(ServiceClientDirectory serviceClients) {
        this.serviceClients = Objects.requireNonNull(serviceClients, "serviceClients");
    }

    Caller recognise(TokenClaims claims, TrustedIssuer realm) throws TokenRejectedException {
        return claims.has("client_id") ? service(claims, realm) : person(claims, realm);
    }

    private Caller person(TokenClaims claims, TrustedIssuer realm) throws TokenRejectedException {
        if (!claims.audience().contains(KeycloakNames.API_AUDIENCE)) {
            throw new TokenRejectedException(RejectionReason.WRONG_AUDIENCE);
        }
        if (!claims.string("azp").filter(KeycloakNames.WEB_CLIENT::equals).isPresent()) {
            throw new TokenRejectedException(RejectionReason.WRONG_CLIENT,
                    "A login token must be issued to the web client");
        }
        // Keycloak only shows OTP through the level-of-authentication mapping; configuration alone is not proof.
        if (!claims.string("acr").filter(KeycloakNames.OTP_ACR::equals).isPresent()) {
            throw new TokenRejectedException(RejectionReason.OTP_REQUIRED);
        }
        String subject = claims.requiredString("sub");
        // Display only: a missing name must not stop a verified login.
        String username = claims.string("preferred_username").orElse(subject);
        CallerKind kind = realm.isOperatorRealm() ? CallerKind.OPERATOR : CallerKind.PERSON;
        return new Caller(kind, realm.tenant(), subject, username, claims.realmRoles(), KeycloakNames.WEB_CLIENT);
    }

    private Caller service(TokenClaims claims, TrustedIssuer realm) throws TokenRejectedException {
        if (realm.isOperatorRealm()) {
            throw new TokenRejectedException(RejectionReason.WRONG_CLIENT, "The operator realm has no service clients");
        }
        PrefectureCode tenant = realm.tenant().orElseThrow();
        String clientId = claims.requiredString("client_id");
        Optional<String> authorizedParty = claims.string("azp");
        if (!authorizedParty.filter(clientId::equals).isPresent() || KeycloakNames.WEB_CLIENT.equals(clientId)) {
            throw new TokenRejectedException(RejectionReason.WRONG_CLIENT,
                    "A service token must be issued to the service client it names");
        }
        // The roles are those the tenant registered the client with, never the token's.
        java.util.Set<String> roles = serviceClients.registeredRoles(tenant, clientId)
                .orElseThrow(() -> new TokenRejectedException(RejectionReason.UNREGISTERED_SERVICE_CLIENT));
        String username = claims.string("preferred_username").orElse(clientId);
        return new Caller(CallerKind.SERVICE, realm.tenant(), clientId, username, roles, clientId);
    }
}
