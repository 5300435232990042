package jp.tsunagu.ledger.selfreport;

import java.time.Instant;
import java.util.UUID;

/**
 * What a portal learns of its submission: the record it became, the linkage outcome ({@code linked}, {@code review},
 * {@code new}) and when it was received. {@code replay} is true when the submission had been stored before: nothing
 * new was stored, and the answer is the first one's.
 */
public record SelfReportOutcome(UUID recordId, String submissionId, String outcome, Instant receivedAt, boolean replay) {
}
