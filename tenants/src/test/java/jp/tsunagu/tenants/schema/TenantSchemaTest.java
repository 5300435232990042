package jp.tsunagu.tenants.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

class TenantSchemaTest {

    @Test
    void namesTheSchemaAfterThePrefecture() {
        assertEquals("tenant_17", TenantSchema.of(PrefectureCode.of(17)).name());
        assertEquals("tenant_01", TenantSchema.of(PrefectureCode.of(1)).name());
    }

    @Test
    void searchesTheTenantFirstThenTheRegistry() {
        assertEquals("tenant_47,registry", TenantSchema.of(PrefectureCode.of(47)).searchPath());
    }
}
