package jp.tsunagu.ledger.sharing.kpi;

import java.time.Instant;
import java.util.UUID;

/**
 * One record's timing for one host municipality: when it arrived, when the other side could first read it, when it
 * first did; the two durations in milliseconds ({@code readAfterMillis} null while unread).
 */
public record PersonSharingTime(UUID recordId, String direction, String via, UUID agreementId, String hostPrefecture,
                                String hostMunicipality, Instant arrivedAt, Instant visibleAt, Instant firstReadAt,
                                long visibleAfterMillis, Long readAfterMillis) {
}
