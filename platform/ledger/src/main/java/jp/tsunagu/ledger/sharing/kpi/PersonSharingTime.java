package jp.tsunagu.ledger.sharing.kpi;

import java.time.Instant;
import java.util.UUID;

/**
 * One subject's timing for one host municipality: a record ({@code subject} {@code record}, its {@code recordId}) or
 * an entry a host added to the person's support case ({@code case-entry}, its {@code caseEntryId}); when it arrived,
 * when the other side could first read it, when it first did; the two durations in milliseconds
 * ({@code readAfterMillis} null while unread).
 */
public record PersonSharingTime(String subject, UUID recordId, UUID caseEntryId, String direction, String via,
                                UUID agreementId, String hostPrefecture,
                                String hostMunicipality, Instant arrivedAt, Instant visibleAt, Instant firstReadAt,
                                long visibleAfterMillis, Long readAfterMillis) {
}
