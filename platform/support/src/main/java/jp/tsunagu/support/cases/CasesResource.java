package jp.tsunagu.support.cases;

import java.time.Clock;
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

import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * A person's support case (災害ケースマネジメント): {@code GET} the case, {@code POST entries}, {@code POST claim} (for the
 * caller's own municipality, organisation or the prefecture; one person per request), {@code POST transfer} (by the
 * holder or the prefecture, with a reason). Who sees which person: {@link CaseAccess}.
 */
@Path("disasters/{disasterId}/persons/{personId}/case")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "support", description = "災害ケースマネジメント: support case records, claims and transfers")
public class CasesResource {

    @Inject
    CaseAccess access;

    @Inject
    SupportCases cases;

    @Inject
    Parties parties;

    @Inject
    CaseTransfers transfers;

    @Inject
    CaseViews views;

    @Inject
    HostEntriesReachHome reachHome;

    @Inject
    Clock clock;

    @GET
    @Audited("support.case.read")
    @Operation(summary = "The person's case: who holds it, every claim and transfer, every entry, the next follow-up")
    public CaseView get(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId) {
        CaseAccess.Acting acting = access.require(disasterId, personId, false);
        reachHome.read(disasterId, acting.personId());
        return view(disasterId, acting.personId());
    }

    @POST
    @Path("entries")
    @Audited("support.case.entry.add")
    @Operation(summary = "Add a visit, contact, need (category, urgency), 要配慮者 details or support given, with a follow-up date")
    public Response add(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId,
                        CaseEntryRequest body, @Context UriInfo uri) {
        CaseAccess.Acting acting = access.require(disasterId, personId, true);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with kind and note is required");
        }
        CaseEntry entry = cases.record(disasterId, acting.personId(), body.entry(clock), acting.actingFor(), acting.actor());
        reachHome.added(entry, Optional.empty());
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build())
                .entity(CaseView.Entry.of(entry, this::name)).build();
    }

    @POST
    @Path("claim")
    @Audited("support.case.claim")
    @Operation(summary = "Take responsibility for the person's case for your municipality, organisation or the prefecture;"
            + " refused while someone holds it")
    public CaseView claim(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId) {
        CaseAccess.Acting acting = access.require(disasterId, personId, true);
        cases.claim(disasterId, acting.personId(), acting.actingFor(), acting.actor());
        return view(disasterId, acting.personId());
    }

    @POST
    @Path("transfer")
    @Audited("support.case.transfer")
    @Operation(summary = "Hand the case to another organisation or municipality (of the prefecture, or a host"
            + " municipality of another prefecture under an agreement in force), with a reason: by its holder or the"
            + " prefecture")
    public CaseView transfer(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId,
                             TransferRequest body) {
        CaseAccess.Acting acting = access.require(disasterId, personId, true);
        transfers.transfer(disasterId, acting.personId(), acting.actingFor(), body, acting.actor());
        return view(disasterId, acting.personId());
    }

    private CaseView view(UUID disasterId, UUID personId) {
        return views.of(disasterId, personId, true);
    }

    private String name(ActingFor party) {
        return parties.name(party).orElse(null);
    }
}
