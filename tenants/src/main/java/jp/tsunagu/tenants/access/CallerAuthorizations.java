package jp.tsunagu.tenants.access;

import java.util.Optional;

/**
 * SPI: whether a person may use the API right now. Keycloak proves who a person is; whether they may still work
 * (an active, unexpired, unrevoked grant) is kept by the application, so revoking a grant takes effect on the next
 * request even while the person's token is still valid. Implemented by the provisioning module as a CDI bean.
 * <p>
 * Asked on every request of a {@link CallerKind#PERSON} who is not a prefecture admin, after the caller's tenant
 * has been bound (see {@link CallerAuthenticated}), so an implementation may query the tenant's schema. An exception
 * fails the request. When no implementation is deployed, such people are refused.
 */
public interface CallerAuthorizations {

    /** The person's active grants; empty when there is none, which refuses the request. */
    Optional<AccessScope> activeScopeOf(Caller person);
}
