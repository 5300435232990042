package jp.tsunagu.support.cases;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.ledger.sharing.AgreementAccess;
import jp.tsunagu.ledger.sharing.HostWork;
import jp.tsunagu.ledger.sharing.SharedPersons;
import jp.tsunagu.provisioning.agreements.SharedItem;
import jp.tsunagu.provisioning.agreements.SharingPermission;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;

/**
 * A home's support case as host staff see it through a sharing agreement that shares {@code supportRecords}: the same
 * history the home sees (whom it is about only when {@code identity} is shared too), for persons now in their area.
 * What they add through the agreement's support records is in it, attributed to them ({@link HostSupportIntoCases}).
 */
@Path("agreements/{agreementId}/persons/{personId}/case")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "support", description = "災害ケースマネジメント: support case records, claims and transfers")
public class SharedCasesResource {

    @Inject
    AgreementAccess access;

    @Inject
    SharedPersons shared;

    @Inject
    CaseViews views;

    @GET
    @Audited("agreement.case.read")
    @Operation(summary = "The person's support case, through the agreement (item supportRecords)")
    public CaseView get(@PathParam("agreementId") UUID agreementId, @PathParam("personId") UUID personId) {
        HostWork host = access.require(agreementId, SharingPermission.READ);
        boolean identity = host.items().contains(SharedItem.IDENTITY);
        return shared.readInHome(host, personId, SharedItem.SUPPORT_RECORDS, "agreement.case.read",
                person -> views.of(host.disasterId(), person, identity));
    }
}
