package jp.tsunagu.ledger.sharing;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.provisioning.agreements.SharedItem;
import jp.tsunagu.provisioning.agreements.SharingPermission;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A host staff member's request under an agreement, once checked: whose data (home prefecture, disaster instance),
 * which items, which permissions, and the area whose present population they see (their granted municipalities that
 * the agreement covers). {@code by} is who acts, for attribution at home; {@code host} their prefecture.
 */
public record HostWork(UUID agreementId, PrefectureCode home, UUID disasterId, Set<SharedItem> items,
                       Set<SharingPermission> permissions, Set<MunicipalityCode> area, PrefectureCode host,
                       Actor by) {

    public HostWork {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(disasterId, "disasterId");
        items = Set.copyOf(items);
        permissions = Set.copyOf(permissions);
        area = Set.copyOf(area);
        if (area.isEmpty()) {
            throw new IllegalArgumentException("host work covers at least one municipality");
        }
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(by, "by");
    }

    public AgreedItems agreedItems() {
        return AgreedItems.of(items);
    }

    /** The municipality an addition is made for: the caller's own when they hold one grant, else the one they name. */
    public MunicipalityCode actingMunicipality(Optional<MunicipalityCode> named) {
        if (named.isPresent()) {
            if (!area.contains(named.get())) {
                throw new InvalidRequestException("municipalityCode",
                        "you do not work for this municipality under the agreement");
            }
            return named.get();
        }
        if (area.size() != 1) {
            throw new InvalidRequestException("municipalityCode",
                    "name the municipality you act for (you hold grants for several)");
        }
        return area.iterator().next();
    }
}
