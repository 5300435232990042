package jp.tsunagu.provisioning.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tsunagu.provisioning.access.Permissions;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/** Accounts granted for a disaster instance: grant one, list them, revoke one. Prefecture admins only. */
@Path("disasters/{disasterId}/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
public class GrantsResource {

    @Inject
    CallerContext callers;

    @Inject
    AccountGrants grants;

    @Inject
    Permissions permissions;

    @Inject
    Clock clock;

    public record RevokeRequest(String reason) {

        /** The reason, if one was given; refused when too long. A missing body means no reason. */
        public static String reasonOf(RevokeRequest body) {
            String reason = body == null || body.reason() == null || body.reason().isBlank() ? null
                    : body.reason().strip();
            if (reason != null && reason.length() > 1000) {
                throw new InvalidRequestException("reason", "reason is longer than 1000 characters");
            }
            return reason;
        }
    }

    @POST
    public Response grant(@PathParam("disasterId") UUID disasterId, GrantRequest body, @Context UriInfo uri) {
        Caller caller = callers.require();
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        AccountGrants.Issued issued = grants.grant(caller.requireTenant(), disasterId, body.toOrder(),
                Permissions.actorOf(caller));
        return GrantView.created(issued, clock.instant(), uri);
    }

    @GET
    public List<GrantView> list(@PathParam("disasterId") UUID disasterId) {
        Instant now = clock.instant();
        return grants.of(disasterId).stream().map(grant -> GrantView.of(grant, now)).toList();
    }

    @POST
    @Path("{grantId}/revocation")
    public GrantView revoke(@PathParam("disasterId") UUID disasterId, @PathParam("grantId") UUID grantId,
                            RevokeRequest body) {
        Caller caller = callers.require();
        AccountGrant grant = grants.revoke(caller.requireTenant(), disasterId, grantId, Permissions.actorOf(caller),
                RevokeRequest.reasonOf(body));
        return GrantView.of(grant, clock.instant());
    }

}
