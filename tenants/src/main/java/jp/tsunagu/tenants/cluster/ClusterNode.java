package jp.tsunagu.tenants.cluster;

import java.time.Instant;
import java.util.Optional;

/**
 * One application node as the operator plane shows it: its name (the pod's or host's), its cluster address, since when
 * it runs, whether it was ready (PostgreSQL and Keycloak reachable) when it last reported, and when that was. A member
 * that has not reported yet shows no readiness.
 */
public record ClusterNode(String name, String address, Optional<Instant> upSince, Optional<Boolean> ready,
                          Optional<Instant> reportedAt, boolean self) {
}
