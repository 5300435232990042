package jp.tsunagu.ledger.whereabouts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The persons of a disaster instance whose <b>current whereabouts</b> is in an area: what a host municipality of the
 * same prefecture sees ({@link PersonScope#presentIn()}), and what a sharing agreement with a host prefecture covers.
 * Reads {@code ledger_person_summary} (columns {@code current_municipality_code}, {@code current_city_code}: the
 * municipality or ward of the current whereabouts and its designated city), which every link change and every
 * whereabouts entry rewrites in its own transaction, so the answer is as of the caller's transaction. Persons absorbed
 * by a merge and persons whose current whereabouts names no municipality are never in any area.
 *
 * <p>For SQL of one's own over the summary table aliased {@code s}: {@link #scopeOf} (its {@code sql()} and
 * {@code parameters()}) or {@link #IN_PREFECTURE} (bind the two-digit prefecture code). Runs in a transaction bound
 * to the home tenant.
 */
@ApplicationScoped
public class PersonsInArea {

    /** Current whereabouts anywhere in a prefecture. */
    public static final String IN_PREFECTURE = "left(s.current_municipality_code, 2) = ?";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    protected PersonsInArea() {
    }

    /** For code outside CDI (tests, tools). */
    public PersonsInArea(EntityManager em) {
        this.em = em;
    }

    /** The scope of a caller who sees the people present in these municipalities. */
    public static PersonScope scopeOf(Set<MunicipalityCode> municipalities) {
        return PersonScope.of(Set.of(), municipalities);
    }

    /** The ids of the persons now in these municipalities, in id order. */
    public List<UUID> in(UUID disasterId, Set<MunicipalityCode> municipalities) {
        PersonScope present = scopeOf(municipalities);
        List<Object> parameters = new ArrayList<>(List.of(disasterId));
        parameters.addAll(present.parameters());
        return ids("SELECT s.person_id FROM ledger_person_summary s WHERE s.disaster_id = ? AND " + present.sql()
                + " ORDER BY s.person_id", parameters.toArray());
    }

    /** The ids of the persons now anywhere in the prefecture, in id order. */
    public List<UUID> in(UUID disasterId, PrefectureCode prefecture) {
        return ids("SELECT s.person_id FROM ledger_person_summary s WHERE s.disaster_id = ? AND " + IN_PREFECTURE
                + " ORDER BY s.person_id", disasterId, prefecture.value());
    }

    /** Whether the person (not absorbed) is now in the prefecture. */
    public boolean isIn(UUID disasterId, UUID personId, PrefectureCode prefecture) {
        return !ids("SELECT s.person_id FROM ledger_person_summary s WHERE s.disaster_id = ? AND s.person_id = ? AND "
                + IN_PREFECTURE, disasterId, personId, prefecture.value()).isEmpty();
    }

    private List<UUID> ids(String sql, Object... parameters) {
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] codes) {
                    query.setArray(i + 1, db.createArrayOf("text", codes));
                } else {
                    query.setObject(i + 1, parameters[i]);
                }
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("finding persons in an area failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
