package jp.tsunagu.ledger.sharing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.audit.trail.RefusalOwner;
import jp.tsunagu.provisioning.agreements.SharingAgreement;
import jp.tsunagu.provisioning.agreements.SharingAgreements;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A refused request through an agreement whose host is the caller's prefecture (revoked, expired, not granted to the
 * caller, not covering their municipality) was after the home's persons: the home's log gets the attempt too. Only the
 * agreement's own host is matched; ids of agreements the caller is no party to name no one.
 */
@ApplicationScoped
public class AgreementHomes implements RefusalOwner {

    @Inject
    TenantWork work;

    @Inject
    SharingAgreements agreements;

    @Override
    public Optional<PrefectureCode> ownerOf(Map<String, Object> pathParameters, PrefectureCode caller) {
        Object id = pathParameters.get("agreementId");
        if (id == null) {
            return Optional.empty();
        }
        UUID agreementId;
        try {
            agreementId = UUID.fromString(id.toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return work.run(caller, () -> agreements.find(agreementId, caller).filter(a -> a.host().equals(caller))
                .map(SharingAgreement::home));
    }
}
