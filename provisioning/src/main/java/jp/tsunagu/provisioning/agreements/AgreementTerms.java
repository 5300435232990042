package jp.tsunagu.provisioning.agreements;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * What a home prefecture offers a host prefecture: for one of its disaster instances, the people whose current
 * whereabouts is in the host's prefecture (or only in the listed host municipalities), the items, the permissions and
 * the period. Checked on construction, so terms that break a rule cannot exist; each refusal names its field.
 */
public record AgreementTerms(UUID disasterId, PrefectureCode host, SortedSet<MunicipalityCode> hostMunicipalities,
                             Set<SharedItem> items, Set<SharingPermission> permissions, Instant validFrom,
                             Instant validUntil, String purpose) {

    public AgreementTerms {
        Objects.requireNonNull(disasterId, "disasterId");
        Objects.requireNonNull(host, "host");
        hostMunicipalities = new TreeSet<>(Objects.requireNonNull(hostMunicipalities, "hostMunicipalities"));
        for (MunicipalityCode code : hostMunicipalities) {
            if (!code.belongsTo(host)) {
                throw new InvalidRequestException("hostMunicipalities",
                        "a host municipality must belong to the host prefecture: " + code);
            }
        }
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("items", "an agreement shares at least one item");
        }
        Set<SharedItem> shared = Set.copyOf(items);
        items = shared;
        Set<SharingPermission> granted = permissions == null || permissions.isEmpty()
                ? EnumSet.noneOf(SharingPermission.class) : EnumSet.copyOf(permissions);
        granted.add(SharingPermission.READ);
        for (SharingPermission permission : granted) {
            permission.item().filter(item -> !shared.contains(item)).ifPresent(item -> {
                throw new InvalidRequestException("permissions",
                        permission.id() + " needs the item " + item.id() + " to be shared");
            });
        }
        permissions = Set.copyOf(granted);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!validUntil.isAfter(validFrom)) {
            throw new InvalidRequestException("validUntil", "validUntil must lie after validFrom");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidRequestException("purpose", "an agreement states the purpose of the provision");
        }
        purpose = purpose.strip();
        if (purpose.length() > 1000) {
            throw new InvalidRequestException("purpose", "purpose is longer than 1000 characters");
        }
    }
}
