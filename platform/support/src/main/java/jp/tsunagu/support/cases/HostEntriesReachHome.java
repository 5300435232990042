package jp.tsunagu.support.cases;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.sharing.kpi.HostCaseEntry;
import jp.tsunagu.ledger.sharing.kpi.SharingTimes;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * KPI ② for support case work (docs/sharing.md): an entry a host municipality adds to a person's case — inside the
 * prefecture, or through an agreement — reaches the home as it commits, and the home's first read of the case after
 * that is its first read. Entries of the home, the prefecture and support organisations are not a host's update.
 * Support a host recorded through the ledger's endpoint is measured as that ledger record, not again here.
 */
@ApplicationScoped
public class HostEntriesReachHome {

    private static final Set<String> HOSTS = Set.of(ScopeKind.HOST_MUNICIPALITY.name(),
            ScopeKind.AGREEMENT_HOST_MUNICIPALITY.name());

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    SharingTimes times;

    /** In the transaction that added the entry; {@code agreementId}: the agreement the host worked under, if any. */
    void added(CaseEntry entry, Optional<UUID> agreementId) {
        if (!HOSTS.contains(entry.actingFor().scopeKind())) {
            return;
        }
        SupportCase supportCase = em.find(SupportCase.class, entry.caseId());
        times.hostCaseEntry(new HostCaseEntry(entry.id(), supportCase.disasterId(), supportCase.personId(),
                MunicipalityCode.of(entry.actingFor().scopeCode()), agreementId, entry.recordedAt()));
    }

    /** Someone read the person's case; it counts when the home side did. */
    void read(UUID disasterId, UUID personId) {
        times.caseRead(disasterId, personId);
    }
}
