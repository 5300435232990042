package jp.tsunagu.ledger.sharing.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.problem.InvalidRequestException;

class SharingTimeFilterTest {

    private static final UUID DISASTER = UUID.randomUUID();

    @Test
    void withoutParametersItIsKpiOneOverEverything() {
        SharingTimeFilter filter = SharingTimeFilter.parse(DISASTER, null, " ", null, null, null);
        assertEquals(Direction.TO_HOST, filter.direction());
        assertTrue(filter.hostPrefecture().isEmpty() && filter.hostMunicipality().isEmpty());
        assertTrue(filter.from().isEmpty() && filter.until().isEmpty());
    }

    @Test
    void readsDirectionHostAndPeriod() {
        SharingTimeFilter filter = SharingTimeFilter.parse(DISASTER, "to-home", "16", "162019",
                "2024-01-10T09:00:00+09:00", "2024-01-11T00:00:00Z");
        assertEquals(Direction.TO_HOME, filter.direction());
        assertEquals("16", filter.hostPrefecture().orElseThrow().value());
        assertEquals("162019", filter.hostMunicipality().orElseThrow().value());
        assertEquals(Instant.parse("2024-01-10T00:00:00Z"), filter.from().orElseThrow());
    }

    @Test
    void refusesEachUnreadableParameterByName() {
        assertEquals("direction", field(() -> SharingTimeFilter.parse(DISASTER, "sideways", null, null, null, null)));
        assertEquals("hostPrefecture", field(() -> SharingTimeFilter.parse(DISASTER, null, "99", null, null, null)));
        assertEquals("hostMunicipality", field(() -> SharingTimeFilter.parse(DISASTER, null, null, "16x", null, null)));
        assertEquals("from", field(() -> SharingTimeFilter.parse(DISASTER, null, null, null, "yesterday", null)));
        assertEquals("until", field(() -> SharingTimeFilter.parse(DISASTER, null, null, null,
                "2024-01-11T00:00:00Z", "2024-01-10T00:00:00Z")));
    }

    private static String field(Runnable parse) {
        return assertThrows(InvalidRequestException.class, parse::run).field().orElseThrow();
    }
}
