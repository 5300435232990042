package jp.tsunagu.ledger.selfreport;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * A validated self-report of one portal, ready to be stored: the record's values, what outreach needs (whereabouts,
 * needs, consent), the key that makes it idempotent and the hash of its content. {@code toString} shows no values.
 *
 * @param contentHash SHA-256 of the report's canonical form: the same submission sent again has the same hash
 * @param asReceived  the report as JSON, the record's "row as received"
 */
public record SelfReport(String portal, IdempotencyKey key, Optional<String> residentReference, RecordValues values,
                         boolean cardVerified, Optional<WhereaboutsKind> whereaboutsKind, Optional<String> whereaboutsPlace,
                         Optional<MunicipalityCode> whereaboutsMunicipality, Set<Need> needs,
                         Optional<ConsentStatement> consent, String contentHash, String asReceived, Instant receivedAt) {

    public SelfReport {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(values, "values");
        needs = Set.copyOf(needs);
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String toString() {
        return "SelfReport[" + portal + ", " + key + ", " + values + "]";
    }
}
