package jp.tsunagu.ledger.whereabouts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Counts over a disaster instance's current whereabouts, limited to the persons the caller sees: how many persons are
 * in each municipality now, and how many moved from each home municipality (registered address) to each municipality
 * they are in now. Counts only: the persons themselves are listed by search ({@code currentMunicipality}) and by the
 * unlocated list. From the search summary, one grouped query each.
 */
@ApplicationScoped
public class WhereaboutsLists {

    /** Persons now in a municipality; {@code municipality} absent: where they are names no municipality (or nothing is known). */
    public record InMunicipality(Optional<MunicipalityCode> municipality, long persons) {
    }

    /** Persons registered in {@code home} and now in {@code present}; either absent when not known. */
    public record Movement(Optional<MunicipalityCode> home, Optional<MunicipalityCode> present, long persons) {
    }

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    public List<InMunicipality> byCurrentMunicipality(UUID disasterId, PersonScope scope) {
        List<InMunicipality> result = new ArrayList<>();
        query("SELECT s.current_municipality_code, count(*) FROM ledger_person_summary s WHERE s.disaster_id = ? AND "
                + scope.sql() + " GROUP BY 1 ORDER BY 1 NULLS LAST", disasterId, scope, rows -> result.add(
                new InMunicipality(code(rows.getString(1)), rows.getLong(2))));
        return result;
    }

    /** Movements between different places only, and persons whose present place is unknown; most persons first. */
    public List<Movement> movements(UUID disasterId, PersonScope scope) {
        List<Movement> result = new ArrayList<>();
        query("SELECT s.municipality_code, s.current_municipality_code, count(*) FROM ledger_person_summary s"
                + " WHERE s.disaster_id = ? AND " + scope.sql()
                + " AND s.current_municipality_code IS DISTINCT FROM s.municipality_code"
                + " GROUP BY 1, 2 ORDER BY 3 DESC, 1 NULLS LAST, 2 NULLS LAST", disasterId, scope,
                rows -> result.add(new Movement(code(rows.getString(1)), code(rows.getString(2)), rows.getLong(3))));
        return result;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, UUID disasterId, PersonScope scope, RowReader reader) {
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, disasterId);
            scope.bind(db, query, 2);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting whereabouts failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static Optional<MunicipalityCode> code(String value) {
        return Optional.ofNullable(value).map(MunicipalityCode::of);
    }
}
