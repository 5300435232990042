package jp.tsunagu.ledger.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Person search as today's tables allow it, for as long as no search API exists: the persons whose active records
 * carry the name as written or as reading, with the birth date when one is given. No index serves it (name columns
 * are not indexed), so PostgreSQL scans the disaster's records; the figure says what a search costs without one.
 */
final class SqlPersonSearch implements PersonSearchProbe {

    static final String QUERY = "SELECT DISTINCT l.person_id FROM %1$s.ledger_source_record r JOIN %1$s.ledger_record_link l"
            + " ON l.record_id = r.id AND l.state = 'ACTIVE' WHERE r.disaster_id = ? AND (r.full_name = ? OR r.full_name_kana = ?)"
            + " AND (?::date IS NULL OR r.birth_date = ?) LIMIT 50";

    private final Connection db;
    private final PreparedStatement query;
    private final UUID disasterId;

    /** One connection and statement for all searches, as a pooled application would have them. */
    SqlPersonSearch(DataSource dataSource, String schema, UUID disasterId) throws SQLException {
        this.db = dataSource.getConnection();
        this.query = db.prepareStatement(QUERY.formatted(schema));
        this.disasterId = disasterId;
    }

    @Override
    public int search(String name, Optional<LocalDate> birthDate) throws SQLException {
        query.setObject(1, disasterId);
        query.setString(2, name);
        query.setString(3, name);
        Date birth = birthDate.map(Date::valueOf).orElse(null);
        query.setObject(4, birth, Types.DATE);
        query.setObject(5, birth, Types.DATE);
        int found = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found++;
            }
        }
        return found;
    }

    @Override
    public String description() {
        return "SQL over ledger_source_record + ledger_record_link (name as written or reading, birth date; no index)";
    }

    @Override
    public void close() throws SQLException {
        query.close();
        db.close();
    }
}
