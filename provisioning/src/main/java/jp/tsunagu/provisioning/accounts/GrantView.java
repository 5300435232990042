package jp.tsunagu.provisioning.accounts;

import java.time.Instant;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A grant as the API shows it to a prefecture admin. */
public record GrantView(String id, String disasterId, String agreementId, String username, String role, String scope,
                        String municipalityCode, String organisationId, Instant expiresAt, Instant grantedAt,
                        String grantedBy, Instant revokedAt, String revocationReason, boolean active,
                        String temporaryPassword) {

    public static GrantView of(AccountGrant grant, Instant now) {
        return of(grant, now, null);
    }

    public static GrantView of(AccountGrant grant, Instant now, String temporaryPassword) {
        return new GrantView(grant.id().toString(),
                grant.disaster().map(d -> d.id().toString()).orElse(null),
                grant.agreement().map(a -> a.id().toString()).orElse(null), grant.accountUsername(),
                grant.role().name(), grant.scopeKind().name(),
                grant.municipality().map(Object::toString).orElse(null),
                grant.organisation().map(org -> org.id().toString()).orElse(null),
                grant.expiresAt(), grant.grantedAt(), grant.grantedBy().username(),
                grant.revokedAt().orElse(null), grant.revocationReason().orElse(null), grant.isActiveAt(now),
                temporaryPassword);
    }

    /** The answer to a grant: 201 with the grant and, once, the temporary password, which no cache may keep. */
    public static Response created(AccountGrants.Issued issued, Instant now, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(issued.grant().id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(of(issued.grant(), now, issued.account().temporaryPassword().orElse(null)))
                .build();
    }
}
