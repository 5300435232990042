package jp.tsunagu.provisioning.figures;

import java.time.Instant;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Counts about a tenant's victim data for the operator plane, implemented by the module that holds the data (the
 * ledger). The operator plane sees this interface and its numbers only: it has no dependency on the module behind
 * it, so it has no code path to a person. Called inside a transaction bound to the tenant.
 */
public interface VictimDataFigures {

    /** Numbers only: persons and records in the ledgers of all the tenant's disaster instances, and its imports. */
    record Counts(long persons, long records, long importsRunning, long importsFailed) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    Counts countsInCurrentTenant();

    /** Persons recorded before {@code end} and not merged into another since (for usage reports). */
    long personsRecordedBefore(Instant end);
}
