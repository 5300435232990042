/**
 * Access: every REST request outside the public paths is made by exactly one verified {@link
 * jp.tsunagu.tenants.access.Caller}, or it is refused.
 * <p>
 * <b>Purpose.</b> Each prefecture has its own Keycloak realm ({@code pref-NN}), national operators use
 * {@code tsunagu-ops}. MicroProfile JWT verifies one issuer only, so tokens are verified here with Nimbus JOSE+JWT:
 * the unverified {@code iss} only selects a realm from the {@link jp.tsunagu.tenants.access.IssuerDirectory}
 * (onboarded tenants and the operator realm), whose cached, rate-limited JWK set ({@code use=sig}, RS256/PS256/ES256)
 * must verify the signature. The tenant is the realm's, never a claim's.
 * <p>
 * <b>Flow of a request.</b> {@link jp.tsunagu.tenants.access.BearerAuthenticationFilter} (priority AUTHENTICATION)
 * verifies the token, stores the caller in the request-scoped {@link jp.tsunagu.tenants.access.CallerContext}, fires
 * {@link jp.tsunagu.tenants.access.CallerAuthenticated} synchronously (the tenant holder observes it and binds the
 * tenant), then asks {@link jp.tsunagu.tenants.access.CallerAuthorizations} for the active grants of a person who
 * is not a prefecture admin. {@link jp.tsunagu.tenants.access.AccessPolicyFilter} (priority AUTHORIZATION) applies
 * {@link jp.tsunagu.tenants.access.Allowed}, {@link jp.tsunagu.tenants.access.RequiresRole} and
 * {@link jp.tsunagu.tenants.access.OperatorOnly}; a resource method that declares none is refused.
 * <p>
 * <b>Decisions.</b> Refusals are 401/403/503 {@code application/problem+json} with a stable {@code reason}; nothing
 * from a token is logged or echoed. OTP is proven only by {@code acr=otp} in the token. Grants are the
 * provisioning module's: this package sees them only as opaque {@link jp.tsunagu.tenants.access.ScopedRole}s.
 * <p>
 * <b>Out of scope.</b> Logging in (Keycloak does it), realm configuration, the tenant registry, CORS.
 * <p>
 * <b>Tenant data, fail closed.</b> Access to one tenant's data: the request's tenant ({@link jp.tsunagu.tenants.access.CurrentTenant}),
 * the binding of a transaction to that tenant's schema ({@link jp.tsunagu.tenants.access.TenantSchemaBinding},
 * {@link jp.tsunagu.tenants.access.TenantTransactional}), and explicit tenant work for background jobs
 * ({@link jp.tsunagu.tenants.access.TenantWork}). How and why: docs/architecture.md, "Where each tenant's data lives".
 */
package jp.tsunagu.tenants.access;
