package jp.tsunagu.operator.usage;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import jp.tsunagu.tenants.access.OperatorOnly;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The usage report for national operators: {@code GET /operator/usage?from=2024-01-01&to=2024-01-31}, as JSON or,
 * with {@code format=csv}, as a CSV file for the billing spreadsheet. Periods are whole days in Japan time, at most
 * 366 days.
 */
@Path("operator/usage")
@RequestScoped
@OperatorOnly
public class UsageReportResource {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    UsageReports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format) {
        LocalDate start = RequestFields.requireDate(from, "from");
        LocalDate end = RequestFields.requireDate(to, "to");
        if (end.isBefore(start)) {
            throw new InvalidRequestException("to", "the period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(start, end) >= 366) {
            throw new InvalidRequestException("to", "a report covers at most 366 days");
        }
        UsageReport report = reports.report(start, end);
        if (!"csv".equalsIgnoreCase(format)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput csv = out -> {
            out.write(BOM);
            report.writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tsunagu-usage-" + start + "-" + end + ".csv\"")
                .build();
    }
}
