package jp.tsunagu.provisioning.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.tsunagu.provisioning.access.Permissions;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.TenantTransactional;

/** Who the caller is in this tenant and what they may work on: the first thing a client asks after login. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
public class MeResource {

    @Inject
    CallerContext callers;

    @Inject
    Permissions permissions;

    @Inject
    Clock clock;

    public record Me(String tenant, String username, Set<String> roles, List<Work> grants) {
    }

    /** One grant: in an instance of this tenant, or under a sharing agreement (then the home's instance, by name). */
    public record Work(String disasterId, String disasterName, String disasterStatus, String agreementId,
                       String homePrefecture, String role, String scope, String municipalityCode,
                       String organisationId, Instant expiresAt) {
    }

    // The roles Tsunagu gives; Keycloak's own (default-roles-…, offline_access, uma_authorization) mean nothing here.
    private static final Set<String> APPLICATION_ROLES = Set.of(KeycloakNames.PREFECTURE_ADMIN_ROLE,
            GrantRole.MUNICIPALITY_STAFF.realmRole(), GrantRole.MUNICIPALITY_LEAD.realmRole(),
            GrantRole.SUPPORT_WORKER.realmRole());

    @GET
    public Me me() {
        Caller caller = callers.require();
        Instant now = clock.instant();
        List<Work> work = permissions.grantsOf(caller, now).stream()
                .map(grant -> new Work(
                        grant.disaster().map(d -> d.id().toString()).orElse(null),
                        grant.disaster().map(d -> d.name())
                                .orElseGet(() -> grant.agreement().map(a -> a.disasterName()).orElse(null)),
                        grant.disaster().map(d -> d.status().name()).orElse(null),
                        grant.agreement().map(a -> a.id().toString()).orElse(null),
                        grant.agreement().map(a -> a.home().value()).orElse(null),
                        grant.role().name(), grant.scopeKind().name(),
                        grant.municipality().map(Object::toString).orElse(null),
                        grant.organisation().map(org -> org.id().toString()).orElse(null), grant.expiresAt()))
                .toList();
        return new Me(caller.requireTenant().value(), caller.username(), applicationRoles(caller), work);
    }

    private static Set<String> applicationRoles(Caller caller) {
        return caller.realmRoles().stream().filter(APPLICATION_ROLES::contains)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
