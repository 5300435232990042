package jp.tsunagu.tenants.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.util.Optional;
import jp.tsunagu.tenants.reference.Municipality;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.MunicipalityKind;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.reference.ReferenceData;
import jp.tsunagu.tenants.testing.TestPersistence;
import jp.tsunagu.tenants.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry's mappings against the schema that the registry changelog creates. */
class RegistryPersistenceTest {

    private static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    private static final Instant T0 = Instant.parse("2024-01-01T07:10:00Z");

    private static TestPostgres.TestDatabase database;
    private static TestPersistence jpa;

    @BeforeAll
    static void migratedRegistry() {
        database = TestPostgres.migratedDatabase();
        jpa = new TestPersistence(database);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void findsMunicipalitiesAndWardsByCode() {
        Municipality wajima = jpa.inTransaction(em -> new ReferenceData(em).municipality(MunicipalityCode.of("172049"))).orElseThrow();
        assertEquals("輪島市", wajima.name());
        assertEquals("わじまし", wajima.nameKana());
        assertEquals(MunicipalityKind.CITY, wajima.kind());
        assertEquals(ISHIKAWA, wajima.prefecture());
        assertEquals(Optional.empty(), wajima.parent());

        Municipality hamana = jpa.inTransaction(em -> new ReferenceData(em).municipality(MunicipalityCode.of("22139"))).orElseThrow();
        assertTrue(hamana.isWard());
        assertEquals(Optional.of(MunicipalityCode.of("221309")), hamana.parent());

        Municipality tobetsu = jpa.inTransaction(em -> new ReferenceData(em).municipality(MunicipalityCode.of("013030"))).orElseThrow();
        assertEquals(Optional.of("石狩郡"), tobetsu.county());
    }

    @Test
    void aValidCodeThatNoLongerExistsIsNotFound() {
        // 浜松市中区: a correct check digit, abolished in 2024
        assertEquals(Optional.empty(), jpa.inTransaction(em -> new ReferenceData(em).municipality(MunicipalityCode.of("221317"))));
    }

    @Test
    void tellsWhetherAMunicipalityBelongsToAPrefecture() {
        assertEquals(true, jpa.inTransaction(em -> new ReferenceData(em).belongsTo(MunicipalityCode.of("172014"), ISHIKAWA)));
        assertEquals(false, jpa.inTransaction(em -> new ReferenceData(em).belongsTo(MunicipalityCode.of("172014"), PrefectureCode.of(16))));
        assertEquals(false, jpa.inTransaction(em -> new ReferenceData(em).belongsTo(MunicipalityCode.of("221317"), PrefectureCode.of(22))));
    }

    @Test
    void namesPrefecturesAndListsTheirMunicipalities() {
        assertEquals("石川県", jpa.inTransaction(em -> new ReferenceData(em).prefectureName(ISHIKAWA)));
        assertEquals(47, jpa.inTransaction(em -> new ReferenceData(em).prefectures()).size());
        assertEquals(19, jpa.inTransaction(em -> new ReferenceData(em).municipalitiesOf(ISHIKAWA)).size());
        assertEquals(MunicipalityCode.of("170003"),
                jpa.inTransaction(em -> new ReferenceData(em).prefecture(ISHIKAWA)).localGovernmentCode());
    }

    @Test
    void listsAllFortySevenTenantsDormantAtFirst() {
        var all = jpa.inTransaction(em -> new TenantRegistry(em).all());
        assertEquals(47, all.size());
        assertEquals(PrefectureCode.of(1), all.get(0).code());
        assertTrue(all.stream().allMatch(t -> t.status() == TenantStatus.DORMANT || t.code().equals(PrefectureCode.of(47))));
    }

    @Test
    void savesAnOnboardingStepByStep() {
        PrefectureCode okinawa = PrefectureCode.of(47);
        jpa.doInTransaction(em -> {
            Tenant tenant = new TenantRegistry(em).find(okinawa).orElseThrow();
            tenant.beginOnboarding();
            tenant.completeStep(OnboardingStep.SCHEMA, T0);
        });
        Tenant resumed = jpa.inTransaction(em -> new TenantRegistry(em).find(okinawa).orElseThrow());
        assertEquals(TenantStatus.ONBOARDING, resumed.status());
        assertEquals(Optional.of(T0), resumed.doneAt(OnboardingStep.SCHEMA));
        assertEquals(Optional.of(OnboardingStep.REALM), resumed.nextStep());

        jpa.doInTransaction(em -> {
            Tenant tenant = new TenantRegistry(em).find(okinawa).orElseThrow();
            tenant.completeStep(OnboardingStep.REALM, T0);
            tenant.completeStep(OnboardingStep.CLIENTS, T0);
            tenant.completeStep(OnboardingStep.FIRST_ADMIN, T0);
            tenant.markOnboarded(T0.plusSeconds(1));
        });
        var onboarded = jpa.inTransaction(em -> new TenantRegistry(em).onboarded());
        assertEquals(1, onboarded.size());
        assertEquals(okinawa, onboarded.get(0).code());
        assertEquals(Optional.of(T0.plusSeconds(1)), onboarded.get(0).onboardedAt());
        assertEquals(true, storedAs("SELECT onboarded_at = timestamptz '2024-01-01 16:10:01+09' FROM registry.tenant WHERE prefecture_code = '47'"));
    }

    // Checked in SQL, not through the mapping: an offset error would cancel itself out on a JPA round trip.
    private static boolean storedAs(String sql) {
        try (var connection = database.connect();
             var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getBoolean(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void concurrentChangesToOneTenantConflict() {
        PrefectureCode aomori = PrefectureCode.of(2);
        EntityManager first = jpa.entityManager();
        EntityManager second = jpa.entityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(Tenant.class, aomori.value()).touch(T0);
            second.find(Tenant.class, aomori.value()).touch(T0.plusSeconds(1));
            first.getTransaction().commit();
            RollbackException conflict = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertInstanceOf(OptimisticLockException.class, conflict.getCause());
        } finally {
            first.close();
            second.close();
        }
    }
}
