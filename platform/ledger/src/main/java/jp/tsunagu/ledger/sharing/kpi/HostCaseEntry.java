package jp.tsunagu.ledger.sharing.kpi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * An entry a host municipality added to a person's support case, as KPI ② counts it: which entry, whose case (the
 * person the case belongs to, which a merge does not change), which host, through which agreement (none for a host
 * municipality of the home prefecture), and when the host's request arrived.
 */
public record HostCaseEntry(UUID entryId, UUID disasterId, UUID casePersonId, MunicipalityCode host,
                            Optional<UUID> agreementId, Instant arrivedAt) {

    public HostCaseEntry {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(disasterId, "disasterId");
        Objects.requireNonNull(casePersonId, "casePersonId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
    }
}
