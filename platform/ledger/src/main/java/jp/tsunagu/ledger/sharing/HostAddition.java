package jp.tsunagu.ledger.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * What a host added to a person in the home's ledger, and for whom: the record (in the home tenant), its kind, when it
 * was received, the host prefecture and municipality, the agreement.
 */
public record HostAddition(UUID recordId, UUID personId, String kind, Instant receivedAt, String hostPrefecture,
                           String hostMunicipality, UUID agreementId) {
}
