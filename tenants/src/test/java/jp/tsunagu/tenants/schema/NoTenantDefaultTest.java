package jp.tsunagu.tenants.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.tsunagu.tenants.testing.TestPostgres;
import jp.tsunagu.tenants.testing.TestPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class NoTenantDefaultTest {

    private static final TestDatabase DATABASE = TestPostgres.freshDatabase();

    @Test
    void acceptsConnectionsThatDefaultToNoTenant() {
        assertDoesNotThrow(() -> NoTenantDefault.verify(DATABASE.dataSource()));
    }

    @Test
    void refusesConnectionsWithThePostgresDefaultSearchPath() {
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setURL(DATABASE.baseUrl());
        assertThrows(IllegalStateException.class, () -> NoTenantDefault.verify(plain));
    }
}
