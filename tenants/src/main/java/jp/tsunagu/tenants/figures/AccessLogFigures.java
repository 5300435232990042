package jp.tsunagu.tenants.figures;

import java.time.Instant;
import java.util.Optional;

/**
 * Counts about a tenant's access log for the operator plane, implemented by the audit module. The operator plane
 * sees this interface and its numbers only: never an entry, an id or an account. Called inside a transaction bound
 * to the tenant.
 */
public interface AccessLogFigures {

    /** How many entries, how many of them refused attempts, and the latest verification of the chain, if any. */
    record Counts(long entries, long refused, Optional<Instant> lastVerifiedAt, Optional<Boolean> lastVerificationIntact) {

        public static final Counts NONE = new Counts(0, 0, Optional.empty(), Optional.empty());
    }

    Counts countsInCurrentTenant();
}
