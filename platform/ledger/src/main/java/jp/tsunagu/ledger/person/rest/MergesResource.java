package jp.tsunagu.ledger.person.rest;

import java.util.OptionalDouble;
import java.util.Optional;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.access.PersonVisibility;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.person.PersonMerge;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/** Merges of two persons found to be one (名寄せ) made by hand, read back, and undone exactly. */
@Path("disasters/{disasterId}/merges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "ledger")
public class MergesResource {

    @Inject
    LedgerAccess access;

    @Inject
    LedgerPersons persons;

    @Inject
    PersonDetails details;

    @Inject
    PersonVisibility visibility;

    /** A merge is the caller's to see when its survivor (as they are now) is. */
    private PersonMerge visibleMerge(UUID disasterId, UUID mergeId) {
        PersonMerge merge = persons.requireMerge(disasterId, mergeId);
        if (!visibility.sees(access.scope(disasterId), disasterId, merge.survivorId())) {
            throw new NotFoundException("no merge with this id in this disaster");
        }
        return merge;
    }

    @POST
    @Operation(summary = "Merge the absorbed person into the survivor: the absorbed person's records move to the survivor")
    public Response merge(@PathParam("disasterId") UUID disasterId, MergeRequest body, @Context UriInfo uri) {
        Actor staff = access.require(LedgerWork.DECIDE, disasterId);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with survivor, absorbed and reason is required");
        }
        // Both persons must be the caller's to see: a merge shows each one's records to whoever sees the other.
        visibility.require(access.scope(disasterId), disasterId, body.survivorId());
        visibility.require(access.scope(disasterId), disasterId, body.absorbedId());
        PersonMerge merge = persons.merge(disasterId, body.survivorId(), body.absorbedId(), OptionalDouble.empty(),
                Optional.empty(), body.checkedReason(), staff);
        return Response.created(uri.getAbsolutePathBuilder().path(merge.id().toString()).build())
                .entity(details.view(merge))
                .build();
    }

    @GET
    @Path("{mergeId}")
    @Operation(summary = "A merge: survivor, absorbed, the records it moved, who, when, why; and its undoing")
    public MergeView get(@PathParam("disasterId") UUID disasterId, @PathParam("mergeId") UUID mergeId) {
        access.require(LedgerWork.READ, disasterId);
        return details.view(visibleMerge(disasterId, mergeId));
    }

    @POST
    @Path("{mergeId}/undo")
    @Operation(summary = "Undo a merge: both persons are exactly as before; refused while later changes build on it")
    public MergeView undo(@PathParam("disasterId") UUID disasterId, @PathParam("mergeId") UUID mergeId,
                          ReasonRequest body) {
        Actor staff = access.require(LedgerWork.DECIDE, disasterId);
        visibleMerge(disasterId, mergeId);
        return details.view(persons.undoMerge(disasterId, mergeId, ReasonRequest.required(body), staff));
    }
}
