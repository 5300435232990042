/**
 * Keycloak, as Tsunagu uses it: one realm per prefecture ({@code pref-NN}) and one for national operators
 * ({@code tsunagu-ops}), each made from a {@link jp.tsunagu.provisioning.keycloak.RealmBlueprint}, and the staff
 * accounts and service clients in them, all through the Admin REST API ({@link jp.tsunagu.provisioning.keycloak.KeycloakAdmin}).
 *
 * <p>Requirements: no token without password and TOTP, in any flow of any client; a token of a completed OTP login
 * says so ({@code acr} = {@code otp}, {@code aud} contains {@code tsunagu-api}); personal data never reaches a log
 * or an exception message.
 *
 * <p>Decisions: the Jakarta REST client API with JSON-P and no Keycloak client library (it would bring a second
 * REST implementation into Payara); authentication flows are built step by step next to Keycloak's defaults, not
 * imported with the realm (an import with flows replaces all default flows); a realm is created disabled and
 * enabled as the last step, with a marker attribute, so a half-made realm can neither be used nor be mistaken for
 * a finished one.
 *
 * <p>Out of scope: tokens are verified by the application ({@code tenants}), not here; migrating realms made from an
 * older blueprint.
 */
package jp.tsunagu.provisioning.keycloak;
