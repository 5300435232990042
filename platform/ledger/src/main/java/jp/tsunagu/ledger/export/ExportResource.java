package jp.tsunagu.ledger.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.access.MyNumberEntitlement;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.CsvWriter;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.view.LedgerExport;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.CurrentTenant;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The whole ledger of a disaster instance as a CSV file in the standard Tsunagu format, streamed: recorded first
 * (who, when, why, which persons), then written page by page. 個人番号 only for an entitled caller who asks for it.
 */
@Path("disasters/{disasterId}/ledger.csv")
@RequestScoped
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "ledger")
public class ExportResource {

    @Inject
    LedgerAccess access;

    @Inject
    MyNumberEntitlement entitlement;

    @Inject
    CurrentTenant tenant;

    @Inject
    ExportAudit audit;

    @Inject
    ExportPages pages;

    @Inject
    LedgerExport export;

    @GET
    @Produces("text/csv")
    @Operation(summary = "Export the ledger (standard Tsunagu format, UTF-8 with BOM or Shift_JIS); every export is"
            + " recorded; 個人番号 only with includeMyNumber=true, a myNumberBasis and a municipality-lead or admin account")
    public Response export(@PathParam("disasterId") UUID disasterId, @QueryParam("encoding") String encoding,
                           @QueryParam("purpose") String purpose,
                           @QueryParam("includeMyNumber") @DefaultValue("false") boolean includeMyNumber,
                           @QueryParam("myNumberBasis") String myNumberBasis) {
        Actor caller = access.require(LedgerWork.EXPORT, disasterId);
        ExportRequest request = new ExportRequest(encoding, purpose, includeMyNumber, myNumberBasis);
        CsvEncoding csvEncoding = request.checkedEncoding();
        String checkedPurpose = request.checkedPurpose();
        MyNumberDisclosure disclosure = includeMyNumber
                ? entitlement.require(disasterId, caller, myNumberBasis, "includeMyNumber")
                : MyNumberDisclosure.withheld();
        export.requireKeysFor(disclosure);
        ExportColumns columns = new ExportColumns();
        ExportAudit.Started started = audit.record(disasterId, checkedPurpose, csvEncoding, columns.fields(disclosure),
                disclosure instanceof MyNumberDisclosure.Entitled entitled ? Optional.of(entitled.legalBasis())
                        : Optional.empty(), access.scope(disasterId), caller);
        PrefectureCode of = tenant.require();
        StreamingOutput file = out -> {
            Writer writer = csvEncoding.open(out);
            CsvWriter csv = new CsvWriter(writer).row(columns.headers());
            pages.stream(of, started.exportId(), page -> {
                page.forEach(entry -> csv.row(columns.row(entry.view(), entry.latest(), export, disclosure)));
                flush(writer);
            });
            writer.flush();
        };
        return Response.ok(file, csvEncoding.mediaType())
                .header("Content-Disposition", "attachment; filename=\"ledger-" + disasterId + ".csv\"")
                .header("X-Tsunagu-Export", started.exportId().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
