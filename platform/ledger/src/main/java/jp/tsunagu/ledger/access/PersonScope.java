package jp.tsunagu.ledger.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.linkage.normalize.MunicipalityDirectory;
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

    // Codes are compared as the columns' own type (char(6)), so the summary's indexes on them can serve the condition.
    private static final String RESIDENTS = "s.municipality_code = ANY(CAST(? AS char(6)[]))"
            + " OR s.city_code = ANY(CAST(? AS char(6)[]))";
    // A summary's current city code is the city level of its current municipality code (the designated city of a
    // ward, else the municipality itself), so whoever is present in the area has a city code among the area's city
    // levels. Said first, that is one index condition (a range of one index) whose rows the exact condition then
    // checks; the exact condition alone is an OR of two indexes that PostgreSQL would rather answer by reading the
    // whole table (docs/performance.md, "Why a list through an agreement took twice the home's").
    private static final String PRESENT = "s.current_city_code = ANY(CAST(? AS char(6)[]))"
            + " AND (s.current_municipality_code = ANY(CAST(? AS char(6)[]))"
            + " OR s.current_city_code = ANY(CAST(? AS char(6)[])))";
    // The list the summaries' current city codes come from (WhereaboutsText.cityOf).
    private static final MunicipalityDirectory MUNICIPALITIES = MunicipalityDirectory.bundled();

    public PersonScope {
        residentsOf = Set.copyOf(residentsOf);
        presentIn = Set.copyOf(presentIn);
    }

    public static PersonScope of(Set<MunicipalityCode> residentsOf, Set<MunicipalityCode> presentIn) {
        return new PersonScope(false, residentsOf, presentIn);
    }

    /**
     * The condition over {@code ledger_person_summary s} that selects the persons in scope ({@code TRUE} for everyone,
     * {@code FALSE} for no municipality); bind {@link #parameters()} in order. Only the kinds of grant the caller holds
     * are in it: a host's condition is over the current whereabouts alone, which its indexes answer.
     */
    public String sql() {
        if (everyone) {
            return "TRUE";
        }
        List<String> parts = new ArrayList<>(2);
        if (!residentsOf.isEmpty()) {
            parts.add(RESIDENTS);
        }
        if (!presentIn.isEmpty()) {
            parts.add(PRESENT);
        }
        return parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")";
    }

    /** The values of {@link #sql()}'s parameters, each an array of codes. */
    public List<String[]> parameters() {
        List<String[]> parameters = new ArrayList<>(5);
        if (!everyone && !residentsOf.isEmpty()) {
            String[] home = codes(residentsOf);
            parameters.add(home);
            parameters.add(home);
        }
        if (!everyone && !presentIn.isEmpty()) {
            String[] host = codes(presentIn);
            parameters.add(codes(presentIn.stream().map(MUNICIPALITIES::cityLevelOf).collect(Collectors.toSet())));
            parameters.add(host);
            parameters.add(host);
        }
        return List.copyOf(parameters);
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
