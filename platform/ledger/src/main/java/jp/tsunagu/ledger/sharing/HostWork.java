package jp.tsunagu.ledger.sharing;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.provisioning.agreements.SharedItem;
import jp.tsunagu.provisioning.agreements.SharingPermission;
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

    /**
     * Refuses (403) what the agreement does not permit, for requests whose permission depends on what they carry (a
     * case entry's kind); the agreement itself was checked when this work was made.
     */
    public void require(SharingPermission permission) {
        if (!permissions.contains(permission)) {
            throw new AgreementAccess.NotPermittedException(permission);
        }
    }
}
