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
import jp.tsunagu.ledger.sharing.AgreementAccess;
import jp.tsunagu.ledger.sharing.HostWork;
import jp.tsunagu.ledger.sharing.SharedPersons;
import jp.tsunagu.provisioning.agreements.SharedItem;
import jp.tsunagu.provisioning.agreements.SharingPermission;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * A home's support case as host staff see and keep it through a sharing agreement, for persons now in their area: the
 * same history the home sees when the agreement shares {@code supportRecords} (whom it is about only when
 * {@code identity} is shared too); entries, a claim and a transfer when it permits the matching addition
 * ({@link HostCaseWork}). Everything is stored at home, attributed to the host municipality and its staff member;
 * support records added through the ledger's endpoint are entries too ({@link HostSupportIntoCases}).
 */
@Path("agreements/{agreementId}/persons/{personId}/case")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "support", description = "災害ケースマネジメント: support case records, claims and transfers")
public class SharedCasesResource {

    @Inject
    AgreementAccess access;

    @Inject
    SharedPersons shared;

    @Inject
    SupportCases cases;

    @Inject
    CaseTransfers transfers;

    @Inject
    CaseViews views;

    @Inject
    Parties parties;

    @Inject
    HostEntriesReachHome reachHome;

    @Inject
    Clock clock;

    @GET
    @Audited("agreement.case.read")
    @Operation(summary = "The person's support case, through the agreement (item supportRecords)")
    public CaseView get(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId) {
        HostWork host = access.require(agreementId, SharingPermission.READ);
        return shared.readInHome(host, personId, SharedItem.SUPPORT_RECORDS, "agreement.case.read",
                person -> view(host, person));
    }

    @POST
    @Path("entries")
    @Audited("agreement.case.entry.add")
    @Operation(summary = "Add an entry to the person's case for the host municipality, stored at home: a need (category,"
            + " urgency) or 要配慮者 details with permission addNeeds; a visit, contact or support given with"
            + " addSupportRecords; with a follow-up date")
    public Response add(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId,
                        CaseEntryRequest body, @Context UriInfo uri) {
        HostWork host = access.require(agreementId, SharingPermission.READ);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with kind and note is required");
        }
        NewCaseEntry entry = body.entry(clock);
        HostCaseWork kind = HostCaseWork.of(entry.kind());
        host.require(kind.permission());
        CaseView.Entry added = shared.writeInHome(host, personId, kind.item(), "agreement.case.entry.add",
                (person, actingFor) -> {
                    CaseEntry recorded = cases.record(host.disasterId(), person, entry, actingFor, host.by());
                    reachHome.added(recorded, Optional.of(host.agreementId()));
                    return CaseView.Entry.of(recorded, party -> parties.name(party).orElse(null));
                });
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @POST
    @Path("claim")
    @Audited("agreement.case.claim")
    @Operation(summary = "Take responsibility for the person's case for the host municipality (permission"
            + " addSupportRecords); refused while someone holds it")
    public CaseView claim(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId) {
        HostWork host = access.require(agreementId, HostCaseWork.RESPONSIBILITY.permission());
        return shared.writeInHome(host, personId, HostCaseWork.RESPONSIBILITY.item(), "agreement.case.claim",
                (person, actingFor) -> {
                    cases.claim(host.disasterId(), person, actingFor, host.by());
                    return view(host, person);
                });
    }

    @POST
    @Path("transfer")
    @Audited("agreement.case.transfer")
    @Operation(summary = "Hand a case the host municipality holds to another party, with a reason (permission"
            + " addSupportRecords): a municipality or support organisation of the home prefecture, or a host"
            + " municipality an agreement in force covers")
    public CaseView transfer(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId,
                             TransferRequest body) {
        HostWork host = access.require(agreementId, HostCaseWork.RESPONSIBILITY.permission());
        return shared.writeInHome(host, personId, HostCaseWork.RESPONSIBILITY.item(), "agreement.case.transfer",
                (person, actingFor) -> {
                    transfers.transfer(host.disasterId(), person, actingFor, body, host.by());
                    return view(host, person);
                });
    }

    private CaseView view(HostWork host, UUID person) {
        return views.of(host.disasterId(), person, host.items().contains(SharedItem.IDENTITY));
    }
}
