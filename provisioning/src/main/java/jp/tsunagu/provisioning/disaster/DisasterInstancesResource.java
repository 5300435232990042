package jp.tsunagu.provisioning.disaster;

import java.time.Clock;
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

/** Disaster instances of the caller's prefecture: switch one on, list, read, take lifecycle steps. */
@Path("disasters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
public class DisasterInstancesResource {

    @Inject
    CallerContext callers;

    @Inject
    DisasterInstances disasters;

    @Inject
    Permissions permissions;

    @Inject
    Clock clock;

    @POST
    @RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
    public Response switchOn(SwitchOnRequest body, @Context UriInfo uri) {
        Caller caller = callers.require();
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        DisasterInstance instance = disasters.switchOn(caller.requireTenant(), body.toDeclaration(),
                Permissions.actorOf(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(instance.id().toString()).build())
                .entity(DisasterView.of(instance))
                .build();
    }

    @GET
    public List<DisasterView> list() {
        Caller caller = callers.require();
        if (caller.isPrefectureAdmin()) {
            return disasters.all().stream().map(DisasterView::of).toList();
        }
        return permissions.grantsOf(caller, clock.instant()).stream()
                .flatMap(grant -> grant.disaster().stream())
                .distinct()
                .map(DisasterView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public DisasterView get(@PathParam("id") UUID id) {
        Caller caller = callers.require();
        permissions.requireReadable(caller, id);
        return DisasterView.of(disasters.require(id));
    }

    @POST
    @Path("{id}/lifecycle")
    @RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
    public DisasterView step(@PathParam("id") UUID id, LifecycleRequest body) {
        Caller caller = callers.require();
        if (body == null) {
            throw new InvalidRequestException("action", "a JSON body with an action is required");
        }
        disasters.apply(id, body.toAction(), Permissions.actorOf(caller), body.checkedReason());
        return DisasterView.of(disasters.require(id));
    }
}
