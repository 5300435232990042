package jp.tsunagu.ledger.sharing;

import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.ledger.search.PersonSearchParameters;
import jp.tsunagu.ledger.whereabouts.WhereaboutsRequest;
import jp.tsunagu.provisioning.agreements.SharingPermission;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The home prefecture's evacuees as host municipality staff see them through a sharing agreement: those currently in
 * the caller's municipality, the agreed items only; and what the host adds (whereabouts, needs, support records),
 * stored at home and attributed to the host. Every call checks the agreement from the database (404 when it is not
 * in force, not the caller's, or covers none of their municipalities). The request's own transaction is the host's;
 * the home's data is reached only in a transaction of its own bound to the home ({@link SharedPersons}). Every
 * attempt is in the host's access log, every provision also in the home's.
 */
@Path("agreements/{agreementId}/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "agreements")
public class SharedPersonsResource {

    @Inject
    AgreementAccess access;

    @Inject
    SharedPersons persons;

    /** Support given, as entries of 援護の実施状況 (e.g. 食料支援, 見守り訪問). */
    public record SupportRecordsRequest(List<String> entries) {

        List<String> checked() {
            if (entries == null || entries.isEmpty()) {
                throw new InvalidRequestException("entries", "at least one support entry is required");
            }
            return entries.stream().map(entry -> RequestFields.requireText(entry, "entries", 200)).toList();
        }
    }

    /** 要配慮者 or not, and why. */
    public record NeedsRequest(Boolean careNeeded, String careReason) {

        boolean checkedCareNeeded() {
            if (careNeeded == null) {
                throw new InvalidRequestException("careNeeded", "careNeeded is required (true or false)");
            }
            return careNeeded;
        }

        Optional<String> checkedReason() {
            return careReason == null || careReason.isBlank() ? Optional.empty()
                    : Optional.of(RequestFields.requireText(careReason, "careReason", 1000));
        }
    }

    @GET
    @Audited(value = "agreement.person.search", personal = {"name", "birthDate"})
    @Operation(summary = "The home's evacuees now in the caller's municipality, agreed items only (name and birth date"
            + " searchable when identity is agreed)")
    public SharedPersonList list(@PathParam("agreementId") UUID agreementId, @QueryParam("name") String name,
                                 @QueryParam("birthDate") String birthDate,
                                 @QueryParam("currentMunicipality") String currentMunicipality,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        HostWork host = access.require(agreementId, SharingPermission.READ);
        return persons.list(host, new PersonSearchParameters(blankless(name), blankless(birthDate), null, null, null,
                null, null, page, size, currentMunicipality, null));
    }

    @GET
    @Path("{personId}")
    @Audited("agreement.person.read")
    @Operation(summary = "One evacuee now in the caller's municipality: the agreed items and current whereabouts")
    public SharedPerson get(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId) {
        return persons.detail(access.require(agreementId, SharingPermission.READ), personId);
    }

    @POST
    @Path("{personId}/whereabouts")
    @Audited("agreement.whereabouts.add")
    @Operation(summary = "Record where the evacuee is now, for the host municipality (stored at home)")
    public Response addWhereabouts(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId,
                                   WhereaboutsRequest body) {
        HostWork host = access.require(agreementId, SharingPermission.ADD_WHEREABOUTS);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with kind (and place, municipalityCode) is required");
        }
        return created(persons.addWhereabouts(host, personId, body.entry()));
    }

    @POST
    @Path("{personId}/support-records")
    @Audited("agreement.support-records.add")
    @Operation(summary = "Record support the host gave the evacuee (援護の実施状況, stored at home)")
    public Response addSupportRecords(@PathParam("agreementId") UUID agreementId,
                                      @PathParam("personId") UUID personId, SupportRecordsRequest body) {
        HostWork host = access.require(agreementId, SharingPermission.ADD_SUPPORT_RECORDS);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with entries is required");
        }
        return created(persons.addSupportRecords(host, personId, body.checked()));
    }

    @POST
    @Path("{personId}/needs")
    @Audited("agreement.needs.add")
    @Operation(summary = "Record the evacuee's needs the host found (要配慮者 and why, stored at home)")
    public Response addNeeds(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId,
                             NeedsRequest body) {
        HostWork host = access.require(agreementId, SharingPermission.ADD_NEEDS);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with careNeeded is required");
        }
        return created(persons.addNeeds(host, personId, body.checkedCareNeeded(), body.checkedReason()));
    }

    private static Response created(HostAddition addition) {
        return Response.status(Response.Status.CREATED).entity(addition).build();
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
