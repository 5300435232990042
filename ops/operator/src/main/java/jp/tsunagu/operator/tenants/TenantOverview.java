package jp.tsunagu.operator.tenants;

import java.time.Instant;

import jp.tsunagu.operator.traffic.TenantTraffic;

/**
 * One tenant as national operators see it: figures only. Adding a field here is a decision about what the
 * operator plane may see; it must never be a person's data.
 *
 * @param persons        persons in the ledgers of all the tenant's disaster instances (merged ones counted once)
 * @param records        source records received
 * @param importsRunning imports not finished (running now, or stopped by a crash and waiting to be resumed)
 * @param importsFailed  imports that stopped on a bad file or were cancelled
 * @param storageBytes   disk used by the tenant's schema (tables, indexes, TOAST)
 * @param traffic        API requests of the last five minutes on every node: rate, error rates, latency
 * @param accessLogEntries entries in the tenant's access log; {@code accessLogRefused} of them refused attempts
 * @param accessLogVerifiedAt when the prefecture last verified the log's chain ({@code null}: never), and
 *                       {@code accessLogIntact} whether it was intact then
 */
public record TenantOverview(String prefectureCode, String prefectureName, String status, Instant onboardedAt,
                             long activeDisasterInstances, long accounts, long activeGrants, long persons, long records,
                             long importsRunning, long importsFailed, long storageBytes, TenantTraffic traffic,
                             Instant lastActivityAt, long accessLogEntries, long accessLogRefused,
                             Instant accessLogVerifiedAt, Boolean accessLogIntact) {
}
