package jp.tsunagu.audit.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.audit.trail.AuditNotes;
import jp.tsunagu.audit.trail.AuditTrail;
import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.CurrentTenant;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The tenant's access log, for its prefecture admins only: search it, download it, verify its chain. Reading the log
 * is itself logged (it names persons and staff). Staff, organisations and other tenants get nothing: the role check
 * refuses the first two, and the log read is always the caller's own tenant's.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
@Tag(name = "audit", description = "アクセス記録: the tamper-evident log of every use of personal data")
public class AuditLogResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    AuditLogReader reader;

    @Inject
    ChainVerifier verifier;

    @Inject
    AuditNotes notes;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentTenant tenant;

    @GET
    @Path("entries")
    @Audited("audit.log.search")
    @Operation(summary = "Search the access log (person id, actor, time range, action, outcome), newest first, paged")
    public EntryView.Page search(@QueryParam("personId") String personId, @QueryParam("actor") String actor,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        ownLog();
        if (page < 0) {
            throw new InvalidRequestException("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "size is 1 to " + MAX_PAGE_SIZE);
        }
        return reader.page(EntryFilter.parse(personId, actor, from, to, action, outcome), page, size);
    }

    @GET
    @Path("entries.csv")
    @Produces("text/csv")
    @Audited("audit.log.export")
    @Operation(summary = "Download the matching entries as CSV (UTF-8), oldest first, with their hashes")
    public Response export(@QueryParam("personId") String personId, @QueryParam("actor") String actor,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("action") String action, @QueryParam("outcome") String outcome) {
        ownLog();
        EntryFilter filter = EntryFilter.parse(personId, actor, from, to, action, outcome);
        long upTo = reader.headSeq();
        PrefectureCode of = tenant.require();
        StreamingOutput file = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(EntryCsv.HEADER);
            reader.each(of, filter, upTo, entry -> write(writer, EntryCsv.row(entry)));
            writer.flush();
        };
        return Response.ok(file, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-" + of.value() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @POST
    @Path("verification")
    @Audited("audit.chain.verify")
    @Operation(summary = "Walk the whole chain, recompute every hash and report the first broken link")
    public ChainVerifier.Result verify() {
        ownLog();
        return verifier.verify(tenant.require().value(), trail.currentActor(Accessor.PREFECTURE.name()));
    }

    @GET
    @Path("verification")
    @Operation(summary = "The latest verification of the chain")
    public ChainVerifier.Result latestVerification() {
        return verifier.latest().orElseThrow(() -> new NotFoundException("the chain has not been verified yet"));
    }

    /** The admin reads their own tenant's log, as the prefecture (第2号: the prefecture's own duties). */
    private void ownLog() {
        notes.access(null, Accessor.PREFECTURE, LegalBasis.INTERNAL_USE);
    }

    private static void write(Writer writer, String line) {
        try {
            writer.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
