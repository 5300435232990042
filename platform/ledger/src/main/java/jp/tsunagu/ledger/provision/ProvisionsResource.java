package jp.tsunagu.ledger.provision;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.access.MyNumberEntitlement;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.view.LedgerExport;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/** Provisions of a person's ledger information (台帳情報の提供, 災害対策基本法 90条の4): record one, list them. */
@Path("disasters/{disasterId}/persons/{personId}/provisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "ledger")
public class ProvisionsResource {

    @Inject
    LedgerAccess access;

    @Inject
    MyNumberEntitlement entitlement;

    @Inject
    LedgerProvisions provisions;

    @Inject
    LedgerExport rows;

    @GET
    @Operation(summary = "The provisions of the person's information: recipient, legal basis, purpose, items, who, when")
    public List<ProvisionView> list(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId) {
        access.requirePerson(LedgerWork.READ, disasterId, personId);
        return provisions.of(disasterId, personId).stream().map(p -> ProvisionView.of(p, null)).toList();
    }

    @GET
    @Path("{provisionId}")
    @Operation(summary = "One provision of the person's information")
    public ProvisionView get(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId,
                             @PathParam("provisionId") UUID provisionId) {
        access.requirePerson(LedgerWork.READ, disasterId, personId);
        return ProvisionView.of(provisions.require(disasterId, personId, provisionId), null);
    }

    @POST
    @Operation(summary = "Record a provision before the information leaves; refused when its legal basis does not hold")
    public Response provide(@PathParam("disasterId") UUID disasterId, @PathParam("personId") UUID personId,
                            ProvisionRequest body, @Context UriInfo uri) {
        Actor staff = access.requirePerson(LedgerWork.DECIDE, disasterId, personId);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with recipient, legalBasis, purpose and items is required");
        }
        Set<LedgerField> items = body.fields();
        MyNumberDisclosure disclosure = items.contains(LedgerField.MY_NUMBER)
                ? entitlement.require(disasterId, staff, body.myNumberBasis(), "items")
                : MyNumberDisclosure.withheld();
        LedgerProvisions.Provided provided = provisions.provide(disasterId, personId, body.checkedRecipient(),
                body.basis(), body.checkedPurpose(), items, disclosure, staff);
        Map<String, String> values = rows.row(provided.view(), items, disclosure);
        values.remove("personId");
        return Response.created(uri.getAbsolutePathBuilder().path(provided.provision().id().toString()).build())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(ProvisionView.of(provided.provision(), values))
                .build();
    }
}
