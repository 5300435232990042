package jp.tsunagu.ledger.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Applies a {@link PersonScope} to one person: a person outside the caller's scope does not exist for them (404, the
 * same answer as an id nobody has). A person absorbed by a merge is judged as the person they became. Reads the search
 * summary, which every link change and every whereabouts entry rewrites in its own transaction.
 */
@ApplicationScoped
public class PersonVisibility {

    static final String NOT_FOUND = "no person with this id in this disaster";

    // Follows merges to the surviving person, then checks the scope against the survivor's summary.
    private static final String QUERY = "WITH RECURSIVE chain(id, depth) AS ("
            + " SELECT p.id, 0 FROM ledger_person p WHERE p.id = ? AND p.disaster_id = ?"
            + " UNION ALL SELECT m.survivor_id, c.depth + 1 FROM chain c JOIN ledger_person p ON p.id = c.id"
            + " JOIN ledger_person_merge m ON m.id = p.absorbed_by_merge_id WHERE c.depth < 1000)"
            + " SELECT 1 FROM chain c JOIN ledger_person_summary s ON s.person_id = c.id WHERE ";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    protected PersonVisibility() {
    }

    /** For code outside CDI (tests, tools). */
    public PersonVisibility(EntityManager em) {
        this.em = em;
    }

    /** Throws 404 unless the person is in the scope (or the scope is everyone and the person exists). */
    public void require(PersonScope scope, UUID disasterId, UUID personId) {
        if (!sees(scope, disasterId, personId)) {
            throw new NotFoundException(NOT_FOUND);
        }
    }

    /** Whether the caller sees the person; for everyone, whether the person exists in the disaster. */
    public boolean sees(PersonScope scope, UUID disasterId, UUID personId) {
        if (scope.everyone()) {
            return exists(disasterId, personId);
        }
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement query = db.prepareStatement(QUERY + scope.sql() + " LIMIT 1")) {
            query.setObject(1, personId);
            query.setObject(2, disasterId);
            scope.bind(db, query, 3);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking a person's scope failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Where the person (as they are now, after merges) belongs: the municipality and city of the registered address
     * ({@code home}) and of the current whereabouts ({@code present}). Empty sets when the person is not listed.
     */
    public Places places(UUID disasterId, UUID personId) {
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement query = db.prepareStatement(QUERY.replace("SELECT 1 FROM", "SELECT s.municipality_code,"
                + " s.city_code, s.current_municipality_code, s.current_city_code FROM") + "TRUE LIMIT 1")) {
            query.setObject(1, personId);
            query.setObject(2, disasterId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return new Places(Set.of(), Set.of());
                }
                return new Places(codes(rows.getString(1), rows.getString(2)), codes(rows.getString(3), rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a person's places failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** The municipalities (and their cities) a person is registered in and is present in. */
    public record Places(Set<MunicipalityCode> home, Set<MunicipalityCode> present) {
    }

    private static Set<MunicipalityCode> codes(String... values) {
        Set<MunicipalityCode> codes = new HashSet<>();
        for (String value : values) {
            if (value != null) {
                codes.add(MunicipalityCode.of(value));
            }
        }
        return Set.copyOf(codes);
    }

    private boolean exists(UUID disasterId, UUID personId) {
        List<?> found = em.createNativeQuery("SELECT 1 FROM ledger_person WHERE id = ?1 AND disaster_id = ?2")
                .setParameter(1, personId).setParameter(2, disasterId).getResultList();
        return !found.isEmpty();
    }
}
