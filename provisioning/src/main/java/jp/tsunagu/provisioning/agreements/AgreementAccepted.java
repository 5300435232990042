package jp.tsunagu.provisioning.agreements;

import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Fired (synchronously, in the accepting transaction, after the row is written) when a host accepts an agreement:
 * from {@code visibleFrom} the host may see the home's persons in the covered area. The ledger measures what became
 * visible (docs/sharing.md, "Sharing times"). Ids and codes only.
 */
public record AgreementAccepted(UUID agreementId, PrefectureCode home, PrefectureCode host, UUID disasterId,
                                Set<MunicipalityCode> hostMunicipalities, Instant visibleFrom) {

    public AgreementAccepted {
        hostMunicipalities = Set.copyOf(hostMunicipalities);
    }

    /** The event of an agreement just accepted: visible from its acceptance, or from its period's start if later. */
    static AgreementAccepted of(SharingAgreement agreement, Instant acceptedAt) {
        SortedSet<MunicipalityCode> covered = agreement.hostMunicipalities();
        Instant from = agreement.validFrom().isAfter(acceptedAt) ? agreement.validFrom() : acceptedAt;
        return new AgreementAccepted(agreement.id(), agreement.home(), agreement.host(), agreement.disasterId(), covered,
                from);
    }
}
