package jp.tsunagu.ledger.selfreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.trail.AuditNotes;
import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.ServiceRoles;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * Residents' self-reports from the tenant's registered resident portals (docs/self-reports.md). Only a service client
 * registered as a resident portal may call it; people and other service clients get 403. No JTA transaction is held
 * while the report waits for its group commit ({@link SelfReportIntake} binds its own connection to the caller's tenant).
 */
@Path("disasters/{disasterId}/self-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(CallerKind.SERVICE)
@RequiresRole(ServiceRoles.RESIDENT_PORTAL)
@Tag(name = "Self-reports", description = "Residents' own reports through registered resident portals")
public class SelfReportsResource {

    @Inject
    CallerContext callers;

    @Inject
    SelfReportIntake intake;

    @Inject
    AuditNotes notes;

    @Inject
    Clock clock;

    @POST
    @Audited(value = "selfreport.submit", refusalsOnly = true)
    @Operation(summary = "Store a resident's self-report (idempotent by submissionId or Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "Stored and linked: the record id and the linkage outcome")
    @APIResponse(responseCode = "200", description = "This submission was stored before: the first answer, nothing new stored")
    @APIResponse(responseCode = "400", description = "Fields missing or malformed: the problem names them")
    @APIResponse(responseCode = "409", description = "The submission id was used for another report, or the instance is not active")
    public Response submit(@PathParam("disasterId") String disasterId,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, SelfReportRequest body) {
        Caller caller = callers.require();
        UUID disaster = disaster(disasterId);
        SelfReport report = SelfReportValidation.read(caller.clientId(), Optional.ofNullable(idempotencyKey), body,
                clock.instant(), LocalDate.now(clock));
        SelfReportOutcome outcome = intake.submit(caller.requireTenant(), disaster, report);
        return Response.status(outcome.replay() ? Response.Status.OK : Response.Status.CREATED)
                .header("Cache-Control", "no-store").entity(outcome).build();
    }

    @POST
    @Path("batch")
    @Audited(value = "selfreport.submit-batch", refusalsOnly = true)
    @Operation(summary = "Store up to 500 residents' self-reports in one request, each answered on its own",
            description = "Each report is taken exactly as by the single endpoint (validation, idempotency by its"
                    + " submissionId across single and batch calls, linkage, consent). The answer lists one result per"
                    + " report in input order: index, status (201 stored, 200 stored before, else the problem's) and"
                    + " the single endpoint's answer, or the problem under 'problem'. Bad reports do not stop the others.")
    @APIResponse(responseCode = "200", description = "Every report answered: {\"results\": [{\"index\", \"status\","
            + " \"recordId\", \"submissionId\", \"outcome\", \"receivedAt\", \"replay\"} or {\"index\", \"status\","
            + " \"problem\"}]}")
    @APIResponse(responseCode = "400", description = "No reports, a body that is not JSON of this shape, or an"
            + " Idempotency-Key header (each report carries its own submissionId)")
    @APIResponse(responseCode = "404", description = "No such disaster instance in the portal's tenant")
    @APIResponse(responseCode = "409", description = "The instance takes no reports now")
    @APIResponse(responseCode = "413", description = "More than 500 reports, or a body over tsunagu.api.max-json-batch-body-bytes")
    @APIResponse(responseCode = "503", description = "Nothing could be stored now: send the same batch again later")
    public Response submitBatch(@PathParam("disasterId") String disasterId,
                                @HeaderParam("Idempotency-Key") String idempotencyKey, SelfReportBatchRequest body) {
        Caller caller = callers.require();
        UUID disaster = disaster(disasterId);
        List<SelfReportBatches.Item> items = SelfReportBatches.read(caller.clientId(), Optional.ofNullable(idempotencyKey),
                body, clock.instant(), LocalDate.now(clock));
        List<SelfReport> reports = SelfReportBatches.reports(items);
        List<SelfReportAnswer> answers = SelfReportBatches.answers(items,
                reports.isEmpty() ? List.of() : intake.submitAll(caller.requireTenant(), disaster, reports));
        SelfReportBatches.refusals(answers).ifPresent(refused -> notes.refusedInPart(refused.slug(), refused.summary()));
        return Response.ok(SelfReportBatches.json(answers).toString()).header("Cache-Control", "no-store").build();
    }

    private static UUID disaster(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no disaster instance with this id");
        }
    }
}
