package jp.tsunagu.tenants.access;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Builds the trusted issuer of a Keycloak realm from the two base URLs of the configuration: tokens name the
 * public URL (where browsers log in, {@code tsunagu.keycloak.public-url}), while keys are fetched from the URL the
 * application reaches ({@code tsunagu.keycloak.url}).
 */
public final class RealmIssuers {

    private final String internalBase;
    private final String publicBase;

    public RealmIssuers(URI keycloakUrl, URI publicUrl) {
        this.internalBase = withoutTrailingSlash(Objects.requireNonNull(keycloakUrl, "keycloakUrl"));
        this.publicBase = withoutTrailingSlash(Objects.requireNonNull(publicUrl, "publicUrl"));
    }

    /**
     * From the configuration values {@code tsunagu.keycloak.url} and {@code tsunagu.keycloak.public-url}; a missing
     * or blank public URL means browsers reach Keycloak at the same address as the application.
     */
    public static RealmIssuers fromConfiguration(String keycloakUrl, Optional<String> publicUrl) {
        URI internal = URI.create(Objects.requireNonNull(keycloakUrl, "keycloakUrl").strip());
        return new RealmIssuers(internal,
                publicUrl.map(String::strip).filter(url -> !url.isEmpty()).map(URI::create).orElse(internal));
    }

    /** Where browsers reach Keycloak, without a trailing slash: the base of every issuer and of the login pages. */
    public String publicBase() {
        return publicBase;
    }

    public TrustedIssuer tenant(PrefectureCode tenant) {
        return TrustedIssuer.ofTenant(tenant, issuerOf(tenant.realmName()), jwksOf(tenant.realmName()));
    }

    public TrustedIssuer operators() {
        return TrustedIssuer.ofOperators(issuerOf(KeycloakNames.OPERATOR_REALM), jwksOf(KeycloakNames.OPERATOR_REALM));
    }

    /** The part every prefecture realm's issuer starts with, before the two digits. */
    String tenantIssuerPrefix() {
        return issuerOf("pref-");
    }

    private String issuerOf(String realm) {
        return publicBase + "/realms/" + realm;
    }

    private URI jwksOf(String realm) {
        return URI.create(internalBase + "/realms/" + realm + "/protocol/openid-connect/certs");
    }

    private static String withoutTrailingSlash(URI url) {
        String text = url.toString();
        if (!url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException("a Keycloak base URL is absolute, with a host");
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
