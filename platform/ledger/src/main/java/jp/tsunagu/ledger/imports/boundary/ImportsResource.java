package jp.tsunagu.ledger.imports.boundary;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.ledger.imports.control.ImportBoard;
import jp.tsunagu.ledger.imports.control.ImportIntake;
import jp.tsunagu.ledger.imports.control.ImportOptions;
import jp.tsunagu.ledger.imports.control.ImportOrder;
import jp.tsunagu.ledger.imports.control.UploadStore;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;

/**
 * The imports of one disaster instance (docs/import-format.md): upload a file, list the imports.
 *
 * <p>An upload is the file itself as the body ({@code text/csv} or {@code application/octet-stream}), or the part
 * {@code file} of a {@code multipart/form-data} form. Anyone with a grant in an active instance may import (support
 * workers bring in their visit sheets); the instance must be active (409 otherwise). The body streams to disk, with
 * no transaction open and no connection held while it arrives, is checked through completely (encoding, quoting,
 * header, size: a problem names what is wrong and the line), is stored in the tenant's schema so that any node can
 * finish it should this one die, and the answer comes before a row is stored: 202 with
 * the {@code Location} of the import, which then runs in the background (import, then linking) and can be followed
 * there; 200 with {@code alreadyImported} when the same file was imported into the instance with the same profile
 * before, and nothing is stored again. The same file again after a stop resumes the import from its checkpoint.
 *
 * <p>The list shows municipal staff, leads and prefecture admins every import of the instance; others their own.
 */
@Path("disasters/{disasterId}/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(CallerKind.PERSON)
@Tag(name = "Imports", description = "CSV imports into the victim ledger of a disaster instance")
public class ImportsResource {

    static final String CSV = "text/csv";

    @Inject
    ImportIntake intake;

    @Inject
    UploadStore uploads;

    @Inject
    ImportBoard board;

    @POST
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
    @ImportUpload
    @Audited("ledger.import.create")
    @Operation(summary = "Upload a CSV file to import (the file is the body)")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Accepted: the import runs; Location follows it")
    @APIResponse(responseCode = "200", description = "The same file was imported before; nothing stored again")
    @APIResponse(responseCode = "400", description = "The file cannot be imported: the problem names why and the line")
    @APIResponse(responseCode = "409", description = "The disaster instance is not active")
    @APIResponse(responseCode = "413", description = "The file is larger than tsunagu.ledger.import.max-bytes")
    public Response upload(@PathParam("disasterId") UUID disasterId,
                           @Parameter(description = "import profile, default tsunagu-standard") @QueryParam("profile") String profile,
                           @Parameter(description = "source kind, when the profile does not fix one") @QueryParam("kind") String kind,
                           @Parameter(description = "auto (default), utf-8 or shift_jis") @QueryParam("encoding") String encoding,
                           @Parameter(description = "the file's name, kept as provenance") @QueryParam("fileName") String fileName,
                           InputStream body, @Context UriInfo uri) {
        ImportOrder order = intake.prepare(disasterId, ImportOptions.of(profile, kind, encoding, fileName));
        return submitted(intake.submit(order, uploads.store(body)), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ImportUpload
    @Audited("ledger.import.create")
    @Operation(summary = "Upload a CSV file to import as the part 'file' of a form")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA))
    @APIResponse(responseCode = "202", description = "Accepted: the import runs; Location follows it")
    @APIResponse(responseCode = "200", description = "The same file was imported before; nothing stored again")
    public Response uploadForm(@PathParam("disasterId") UUID disasterId, @QueryParam("profile") String profile,
                               @QueryParam("kind") String kind, @QueryParam("encoding") String encoding,
                               @QueryParam("fileName") String fileName, InputStream body, @Context HttpHeaders headers,
                               @Context Providers providers, @Context UriInfo uri) {
        ImportOrder order = intake.prepare(disasterId, ImportOptions.of(profile, kind, encoding, fileName));
        FormFile file = FormFile.read(providers, headers, body);
        return submitted(intake.submit(order.orNamed(file.fileName()), uploads.store(file.content())),
                uri);
    }

    @GET
    @Operation(summary = "The imports of the disaster instance, newest first")
    public List<ImportView> list(@PathParam("disasterId") UUID disasterId,
                                 @QueryParam("offset") @DefaultValue("0") long offset,
                                 @QueryParam("limit") @DefaultValue("50") int limit, @Context UriInfo uri) {
        Paging.check("offset", offset, "limit", limit);
        return board.list(disasterId, offset, limit).stream().map(state -> ImportView.of(state, null, uri)).toList();
    }

    private Response submitted(ImportIntake.Submission submission, UriInfo uri) {
        boolean already = submission.outcome() == ImportIntake.Outcome.ALREADY_IMPORTED;
        ImportView view = ImportView.of(board.state(submission.batch()), already, uri);
        return Response.status(already ? Response.Status.OK : Response.Status.ACCEPTED).location(view.links().self())
                .entity(view).build();
    }
}
