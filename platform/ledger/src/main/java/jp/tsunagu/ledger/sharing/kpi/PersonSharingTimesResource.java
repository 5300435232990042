package jp.tsunagu.ledger.sharing.kpi;

import java.util.List;
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
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;

/**
 * One person's sharing times (KPI ① and ②, record by record), for the home side ({@link HomeSide}) when it sees the
 * person. A read of that person, so it is in the access log.
 */
@Path("disasters/{disasterId}/persons/{personId}/sharing-times")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "sharing-times")
public class PersonSharingTimesResource {

    @Inject
    HomeSide home;

    @Inject
    LedgerAccess access;

    @Inject
    SharingTimes times;

    @GET
    @Audited("ledger.person.sharing-times")
    @Operation(summary = "The person's sharing times: each record and each case entry a host added, which way, which"
            + " host, arrived, visible, first read")
    public List<PersonSharingTime> ofPerson(@PathParam("disasterId") UUID disasterId,
                                            @PathParam("personId") UUID personId) {
        home.scope(disasterId);
        access.requirePerson(LedgerWork.READ, disasterId, personId);
        return times.ofPerson(disasterId, personId);
    }
}
