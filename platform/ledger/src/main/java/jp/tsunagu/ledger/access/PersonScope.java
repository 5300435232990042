package jp.tsunagu.ledger.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Which persons of a disaster instance a caller may see (sharing inside a prefecture, docs/ledger.md "Who sees whom"):
 * <ul>
 * <li>an affected (home) municipality's staff: the people registered as its residents (the municipality of the
 *     registered address, 住所), wherever they are now;</li>
 * <li>a host municipality's staff: the people whose current whereabouts (居所) is in its area;</li>
 * <li>a prefecture admin: everyone.</li>
 * </ul>
 * A caller holding several grants in the instance sees the union. A designated city's code covers its wards. Persons
 * whose registered address names no municipality, and who are nowhere known, are seen by the prefecture only.
 *
 * @param everyone    a prefecture admin
 * @param residentsOf municipalities whose residents the caller sees (affected-municipality grants)
 * @param presentIn   municipalities whose present population the caller sees (host-municipality grants)
 */
public record PersonScope(boolean everyone, Set<MunicipalityCode> residentsOf, Set<MunicipalityCode> presentIn) {

    public static final PersonScope EVERYONE = new PersonScope(true, Set.of(), Set.of());

    /**
     * The condition over {@code ledger_person_summary s} that selects the persons in scope; bind {@link #parameters()}
     * in order (four text arrays, or none for everyone).
     */
    public static final String SQL = "(s.municipality_code::text = ANY(?::text[]) OR s.city_code::text = ANY(?::text[])"
            + " OR s.current_municipality_code::text = ANY(?::text[]) OR s.current_city_code::text = ANY(?::text[]))";

    public PersonScope {
        residentsOf = Set.copyOf(residentsOf);
        presentIn = Set.copyOf(presentIn);
    }

    public static PersonScope of(Set<MunicipalityCode> residentsOf, Set<MunicipalityCode> presentIn) {
        return new PersonScope(false, residentsOf, presentIn);
    }

    /** {@link #SQL}, or {@code TRUE} for everyone. */
    public String sql() {
        return everyone ? "TRUE" : SQL;
    }

    /** The values of {@link #sql()}'s parameters, each an array of codes. */
    public List<String[]> parameters() {
        if (everyone) {
            return List.of();
        }
        String[] home = codes(residentsOf);
        String[] host = codes(presentIn);
        return List.of(home, home, host, host);
    }

    /** Binds {@link #parameters()} from {@code index} on; returns the next free index. */
    public int bind(Connection db, PreparedStatement statement, int index) throws SQLException {
        int next = index;
        for (String[] codes : parameters()) {
            statement.setArray(next++, db.createArrayOf("text", codes));
        }
        return next;
    }

    private static String[] codes(Set<MunicipalityCode> codes) {
        return codes.stream().map(MunicipalityCode::value).sorted().toArray(String[]::new);
    }
}
