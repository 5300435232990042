package jp.tsunagu.ledger.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One person search as staff type it: a name (as written, or its reading) and the birth date when they know it. The
 * benchmark times whatever implements this; see {@link LedgerBenchmark#personSearch}.
 */
interface PersonSearchProbe extends AutoCloseable {

    /** Runs the search and returns how many persons it found (on its first page). */
    int search(String name, Optional<LocalDate> birthDate) throws SQLException;

    /** What is being timed, for the printed figures. */
    String description();

    @Override
    void close() throws SQLException;
}
