package jp.tsunagu.ledger.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * PostgreSQL sizes a scope as it is: a person's municipality code and its city-level code agree outside the wards of
 * designated cities, and without the summary table's multivariate statistics the "code OR city code" of a scope was
 * estimated at nearly twice its rows, which made the count of a host's persons read the whole table.
 */
class PersonScopeEstimateOnPostgresTest {

    private static final MunicipalityCode TOYAMA = MunicipalityCode.of("162019");
    private static final int PERSONS = 3_000;
    // Now in 富山市: 40 %; the rest are spread over three municipalities of 石川県.
    private static final int IN_TOYAMA = 1_200;
    // Registered in 輪島市: 60 %; the rest in 金沢市.
    private static final int OF_WAJIMA = 1_800;

    static TestDatabase database;
    static UUID disaster;

    @BeforeAll
    static void ledgerWithPersonsInSeveralMunicipalities() {
        database = TestDatabase.fresh();
        disaster = database.disaster("令和6年能登半島地震", "ACTIVE");
        database.execute("INSERT INTO tenant_17.ledger_person (id, disaster_id, created_at) SELECT"
                + " md5('p' || i)::uuid, '" + disaster + "', now() FROM generate_series(1, " + PERSONS + ") i");
        database.execute("INSERT INTO tenant_17.ledger_person_summary (person_id, disaster_id, municipality_code, city_code,"
                + " address_detail, address_text, care_needed, record_count, updated_at, name_keys, current_municipality_code,"
                + " current_city_code) SELECT md5('p' || i)::uuid, '" + disaster + "', h.code, h.code, '', '', false, 1,"
                + " now(), '{}', c.code, c.code FROM generate_series(1, " + PERSONS + ") i,"
                + " LATERAL (SELECT CASE WHEN i <= " + IN_TOYAMA + " THEN '162019' ELSE (ARRAY['172014', '172031', '172049'])"
                + "[i % 3 + 1] END AS code) c,"
                + " LATERAL (SELECT CASE WHEN i % 5 < 3 THEN '172049' ELSE '172014' END AS code) h");
        database.execute("ANALYZE tenant_17.ledger_person_summary");
    }

    @Test
    void aHostsScopeIsEstimatedAtTheRowsItSelects() throws SQLException {
        long estimate = estimatedRows(PersonScope.of(Set.of(), Set.of(TOYAMA)));
        assertTrue(Math.abs(estimate - IN_TOYAMA) <= IN_TOYAMA / 5,
                "estimated " + estimate + " rows for " + IN_TOYAMA + " (independent columns would give about 1,920)");
    }

    @Test
    void aHomesScopeIsEstimatedAtTheRowsItSelectsToo() throws SQLException {
        long estimate = estimatedRows(PersonScope.of(Set.of(MunicipalityCode.of("172049")), Set.of()));
        assertTrue(Math.abs(estimate - OF_WAJIMA) <= OF_WAJIMA / 5,
                "estimated " + estimate + " rows for " + OF_WAJIMA + " (independent columns would give about 2,520)");
    }

    private long estimatedRows(PersonScope scope) throws SQLException {
        try (Connection db = database.dataSource().getConnection(); PreparedStatement explain = db.prepareStatement(
                "EXPLAIN SELECT s.person_id FROM " + TenantSchema.of(TestDatabase.ISHIKAWA).name()
                        + ".ledger_person_summary s WHERE s.disaster_id = ? AND " + scope.sql())) {
            explain.setObject(1, disaster);
            scope.bind(db, explain, 2);
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher rows = Pattern.compile("rows=(\\d+)").matcher(plan.getString(1));
                assertTrue(rows.find(), plan.getString(1));
                return Long.parseLong(rows.group(1));
            }
        }
    }
}
