package jp.tsunagu.ledger.imports.boundary;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.ledger.imports.control.ImportBoard;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportReportCsv;
import jp.tsunagu.ledger.imports.job.RejectedRows;
import jp.tsunagu.ledger.imports.job.StoredBatch;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * One import: where it is (phase, rows done, rows per second, time left; from any node, as of its last checkpoint when
 * it runs elsewhere) and its report (counts, a page of row errors, unused columns, missing fields, linkage); the report
 * and the rejected rows as CSV downloads; cancellation. For whoever sees the import in the list: municipal staff,
 * leads and prefecture admins of the instance, or the account that started it. Anyone else gets 404.
 */
@Path("disasters/{disasterId}/imports/{batchId}")
@RequestScoped
@Allowed(CallerKind.PERSON)
@Tag(name = "Imports")
public class ImportBatchResource {

    @Inject
    ImportBoard board;

    @Inject
    CallerContext callers;

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress and report of an import; row errors paged by rejected row")
    public ImportView get(@PathParam("disasterId") UUID disasterId, @PathParam("batchId") UUID batchId,
                          @QueryParam("errorsOffset") @DefaultValue("0") long errorsOffset,
                          @QueryParam("errorsLimit") @DefaultValue("100") int errorsLimit, @Context UriInfo uri) {
        Paging.check("errorsOffset", errorsOffset, "errorsLimit", errorsLimit);
        return ImportView.of(board.one(disasterId, batchId, errorsOffset, errorsLimit), null, uri);
    }

    @GET
    @Path("report.csv")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "The import report as CSV (UTF-8 with BOM): counts, then every row error; no value from the file")
    public Response report(@PathParam("disasterId") UUID disasterId, @PathParam("batchId") UUID batchId) {
        ImportReport report = board.report(disasterId, batchId);
        return CsvDownload.of(report.fileName(), "取込結果", "import-report-" + batchId + ".csv",
                writer -> ImportReportCsv.write(report, writer));
    }

    @GET
    @Path("rejected-rows.csv")
    @Audited("ledger.import.rejected-rows")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "The rejected rows as received plus a column 取込エラー, to correct and import again")
    public Response rejectedRows(@PathParam("disasterId") UUID disasterId, @PathParam("batchId") UUID batchId) {
        StoredBatch batch = board.visible(disasterId, batchId);
        PrefectureCode tenant = callers.require().requireTenant();
        return CsvDownload.of(batch.fileName(), "取込エラー", "rejected-rows-" + batchId + ".csv",
                writer -> new RejectedRows(dataSource).writeCsv(tenant, batchId, writer));
    }

    @POST
    @Path("cancellation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a running import after the chunk it is writing; the same file resumes it later")
    @APIResponse(responseCode = "202", description = "The import stops at its next checkpoint")
    @APIResponse(responseCode = "409", description = "The import is not running")
    public Response cancel(@PathParam("disasterId") UUID disasterId, @PathParam("batchId") UUID batchId,
                           @Context UriInfo uri) {
        return Response.accepted(ImportView.of(board.cancel(disasterId, batchId), null, uri)).build();
    }
}
