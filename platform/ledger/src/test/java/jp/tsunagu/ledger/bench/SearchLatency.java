package jp.tsunagu.ledger.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Times person searches: the terms are names and birth dates of records drawn at random from the ledger (half of
 * them without the birth date, as when staff do not know it), so every search has at least one hit. A tenth of the
 * searches run first untimed (JIT, PostgreSQL's caches). Values are only passed to the probe, never printed.
 */
record SearchLatency(int searches, double p50Millis, double p99Millis, double maxMillis, double meanHits) {

    private record Terms(String name, Optional<LocalDate> birthDate) {
    }

    static SearchLatency measure(PersonSearchProbe probe, DataSource dataSource, String schema, UUID disasterId, int count)
            throws SQLException {
        // More searches than records: the drawn terms are used again in turn.
        List<Terms> terms = sample(dataSource, schema, disasterId, count + count / 10);
        int warmUp = count / 10;
        for (int i = 0; i < warmUp; i++) {
            Terms t = terms.get(i % terms.size());
            probe.search(t.name(), t.birthDate());
        }
        long[] nanos = new long[count];
        long hits = 0;
        for (int i = 0; i < count; i++) {
            Terms t = terms.get((warmUp + i) % terms.size());
            long start = System.nanoTime();
            hits += probe.search(t.name(), t.birthDate());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new SearchLatency(count, percentile(nanos, 0.50), percentile(nanos, 0.99), nanos[count - 1] / 1e6,
                hits / (double) count);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static List<Terms> sample(DataSource dataSource, String schema, UUID disasterId, int count) throws SQLException {
        List<Terms> terms = new ArrayList<>(count);
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT coalesce(full_name, full_name_kana), birth_date FROM " + schema + ".ledger_source_record"
                        + " WHERE disaster_id = ? ORDER BY random() LIMIT ?")) {
            query.setObject(1, disasterId);
            query.setInt(2, count);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date birth = rows.getDate(2);
                    boolean withBirth = birth != null && terms.size() % 2 == 0;
                    terms.add(new Terms(rows.getString(1), withBirth ? Optional.of(birth.toLocalDate()) : Optional.empty()));
                }
            }
        }
        return terms;
    }
}
