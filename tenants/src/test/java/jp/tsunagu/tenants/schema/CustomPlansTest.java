package jp.tsunagu.tenants.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.tsunagu.tenants.testing.TestPostgres;
import jp.tsunagu.tenants.testing.TestPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class CustomPlansTest {

    private static final TestDatabase DATABASE = TestPostgres.freshDatabase();

    @Test
    void acceptsConnectionsStartedWithTheOptions() {
        PGSimpleDataSource configured = new PGSimpleDataSource();
        configured.setURL(DATABASE.baseUrl());
        configured.setOptions(CustomPlans.OPTIONS);
        assertDoesNotThrow(() -> CustomPlans.verify(configured));
    }

    @Test
    void refusesConnectionsWithThePostgresDefaultPlanCache() {
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setURL(DATABASE.baseUrl());
        assertThrows(IllegalStateException.class, () -> CustomPlans.verify(plain));
    }
}
