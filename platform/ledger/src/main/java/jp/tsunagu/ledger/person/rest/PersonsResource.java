package jp.tsunagu.ledger.person.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.CorrectionItems;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.sharing.kpi.SharingTimes;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/** A person of a disaster instance's ledger: their entry with its provenance and history; staff corrections. */
@Path("disasters/{disasterId}/persons/{personId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "ledger", description = "被災者台帳: persons, reviews, merges, corrections, provisions, export")
public class PersonsResource {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    LedgerAccess access;

    @Inject
    LedgerPersons persons;

    @Inject
    PersonDetails details;

    @Inject
    SharingTimes times;

    @Inject
    Clock clock;

    @GET
    @Audited("ledger.person.read")
    @Operation(summary = "A person's ledger entry: items traced to their records and rule, records with provenance, history")
    public PersonDetail get(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId) {
        access.requirePerson(LedgerWork.READ, disasterId, personId);
        PersonDetail detail = details.of(disasterId, personId);
        times.readInLedger(disasterId, personId);
        return detail;
    }

    @POST
    @Path("corrections")
    @Audited("ledger.person.correct")
    @Operation(summary = "Record a staff correction (職員修正) of some items; it wins in the person's entry and is traced")
    public Response correct(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId,
                            CorrectionRequest body, @Context UriInfo uri) {
        Actor staff = access.requirePerson(LedgerWork.DECIDE, disasterId, personId);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with items and a reason is required");
        }
        String reason = body.checkedReason();
        SourceRecord correction = persons.correct(disasterId, personId,
                CorrectionItems.read(body.texts(), LocalDate.now(clock.withZone(JAPAN))), reason, staff);
        return Response.created(uri.getBaseUriBuilder().path("disasters/{d}/persons/{p}").build(disasterId, personId))
                .entity(CorrectionView.of(correction, personId.toString(), reason))
                .build();
    }
}
