package jp.tsunagu.ledger.selfreport;

import java.time.Clock;
import java.time.LocalDate;
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

    private static UUID disaster(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no disaster instance with this id");
        }
    }
}
