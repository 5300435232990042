package jp.tsunagu.operator.tenants;

import java.time.Instant;

/**
 * One tenant as national operators see it: figures only. Adding a field here is a decision about what the
 * operator plane may see; it must never be a person's data.
 */
public record TenantOverview(String prefectureCode, String prefectureName, String status, Instant onboardedAt,
                             long activeDisasterInstances, long accounts, long activeGrants, Instant lastActivityAt) {
}
