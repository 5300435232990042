package jp.tsunagu.ledger.whereabouts;

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
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.Municipality;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.ReferenceData;

/**
 * A person's whereabouts (居所): {@code GET} the current one and the history, {@code POST} a new entry. Whoever sees
 * the person (home municipality, host municipality where the person is, prefecture) may add one; a host's entry is a
 * HOST_UPDATE recorded for the host.
 */
@Path("disasters/{disasterId}/persons/{personId}/whereabouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "whereabouts", description = "居所: where victims are, their history, lists per disaster instance")
public class WhereaboutsResource {

    @Inject
    LedgerAccess access;

    @Inject
    PersonWhereabouts whereabouts;

    @Inject
    ReferenceData referenceData;

    @GET
    @Audited("ledger.whereabouts.read")
    @Operation(summary = "The person's current whereabouts and the history of every entry, each traced to its record")
    public WhereaboutsView get(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId) {
        access.requirePerson(LedgerWork.READ, disasterId, personId);
        return WhereaboutsView.of(whereabouts.history(disasterId, personId), this::name);
    }

    @POST
    @Audited("ledger.whereabouts.add")
    @Operation(summary = "Add a whereabouts entry (kind, place, municipality, when observed); the latest observed is current")
    public Response add(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId,
                        WhereaboutsRequest body, @Context UriInfo uri) {
        Actor staff = access.requirePerson(LedgerWork.RECORD, disasterId, personId);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with kind (and place, municipalityCode, observedAt) is required");
        }
        NewWhereabouts entry = body.entry();
        ActingFor actingFor = access.actingFor(disasterId, personId);
        WhereaboutsSource source = actingFor.scopeKind().equals(ScopeKind.HOST_MUNICIPALITY.name())
                ? WhereaboutsSource.HOST_UPDATE : WhereaboutsSource.STAFF_ENTRY;
        WhereaboutsEntry added = whereabouts.record(disasterId, personId, entry, source, actingFor, staff);
        return Response.created(uri.getAbsolutePath()).entity(WhereaboutsView.Entry.of(added, this::name)).build();
    }

    private String name(MunicipalityCode code) {
        return referenceData.municipality(code).map(Municipality::name).orElse(null);
    }
}
