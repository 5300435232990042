package jp.tsunagu.provisioning.disaster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

class DisasterInstanceTest {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final Actor ADMIN = new Actor("subject-1", "admin17");
    static final Instant T0 = Instant.parse("2024-01-01T08:00:00Z");

    static DisasterDeclaration noto() {
        return new DisasterDeclaration("令和6年能登半島地震", DisasterType.EARTHQUAKE, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1), List.of(MunicipalityCode.of("172049")));
    }

    static DisasterInstance activeNoto() {
        return DisasterInstance.switchOn(ISHIKAWA, noto(), ADMIN, T0);
    }

    @Test
    void switchingOnStartsActiveAndRecordsWhoAndWhen() {
        DisasterInstance noto = activeNoto();
        assertEquals(DisasterStatus.ACTIVE, noto.status());
        assertEquals(1, noto.history().size());
        LifecycleStep first = noto.history().get(0);
        assertNull(first.fromStatus());
        assertEquals(DisasterStatus.ACTIVE, first.toStatus());
        assertEquals("admin17", first.actor().username());
        assertEquals(T0, first.at());
    }

    @Test
    void goesThroughTheWholeLifecycleInOrder() {
        DisasterInstance noto = activeNoto();
        noto.apply(LifecycleAction.CLOSE, ADMIN, T0.plusSeconds(1), "応急期終了");
        assertEquals(DisasterStatus.CLOSING, noto.status());
        noto.apply(LifecycleAction.REOPEN, ADMIN, T0.plusSeconds(2), null);
        noto.apply(LifecycleAction.CLOSE, ADMIN, T0.plusSeconds(3), null);
        noto.apply(LifecycleAction.ARCHIVE, ADMIN, T0.plusSeconds(4), null);
        noto.apply(LifecycleAction.PURGE, ADMIN, T0.plusSeconds(5), null);
        assertEquals(DisasterStatus.PURGED, noto.status());
        assertEquals(6, noto.history().size());
        assertEquals("応急期終了", noto.history().get(1).reason());
    }

    @ParameterizedTest
    @EnumSource(LifecycleAction.class)
    void refusesEveryStepFromAStatusThatDoesNotAllowIt(LifecycleAction action) {
        for (DisasterStatus status : EnumSet.complementOf(EnumSet.of(action.from()))) {
            DisasterInstance instance = instanceIn(status);
            int before = instance.history().size();
            assertThrows(IllegalTransitionException.class, () -> instance.apply(action, ADMIN, T0, null),
                    action + " from " + status);
            assertEquals(status, instance.status());
            assertEquals(before, instance.history().size());
        }
    }

    @Test
    void keepsStatisticsOnlyOncePurged() {
        DisasterInstance archived = instanceIn(DisasterStatus.ARCHIVED);
        assertThrows(IllegalStateException.class, () -> archived.keepStatistics(java.util.Map.of("grants.total", 3L)));
        DisasterInstance purged = instanceIn(DisasterStatus.PURGED);
        purged.keepStatistics(java.util.Map.of("grants.total", 3L));
        assertEquals(java.util.Map.of("grants.total", 3L), purged.statistics());
    }

    @Test
    void refusesAnAffectedMunicipalityOfAnotherPrefecture() {
        DisasterDeclaration toyamaTown = new DisasterDeclaration("x", DisasterType.EARTHQUAKE, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1), List.of(MunicipalityCode.of("162019")));
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> DisasterInstance.switchOn(ISHIKAWA, toyamaTown, ADMIN, T0));
        assertEquals("affectedMunicipalities", e.field().orElseThrow());
    }

    @Test
    void onlyActiveAndClosingInstancesAreReadableAndOnlyActiveOnesWritable() {
        assertEquals(EnumSet.of(DisasterStatus.ACTIVE, DisasterStatus.CLOSING),
                EnumSet.copyOf(List.of(DisasterStatus.values()).stream().filter(DisasterStatus::isReadable).toList()));
        assertEquals(List.of(DisasterStatus.ACTIVE),
                List.of(DisasterStatus.values()).stream().filter(DisasterStatus::isWritable).toList());
    }

    static DisasterInstance instanceIn(DisasterStatus status) {
        DisasterInstance instance = activeNoto();
        switch (status) {
            case ACTIVE -> { }
            case CLOSING -> instance.apply(LifecycleAction.CLOSE, ADMIN, T0, null);
            case ARCHIVED -> {
                instance.apply(LifecycleAction.CLOSE, ADMIN, T0, null);
                instance.apply(LifecycleAction.ARCHIVE, ADMIN, T0, null);
            }
            case PURGED -> {
                instance.apply(LifecycleAction.CLOSE, ADMIN, T0, null);
                instance.apply(LifecycleAction.ARCHIVE, ADMIN, T0, null);
                instance.apply(LifecycleAction.PURGE, ADMIN, T0, null);
            }
        }
        return instance;
    }

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Test
    void countsTheDaysInUseFromSwitchOnUntilArchivedIncludingClosing() {
        DisasterInstance noto = activeNoto(); // 2024-01-01 17:00 JST
        noto.apply(LifecycleAction.CLOSE, ADMIN, Instant.parse("2024-01-05T03:00:00Z"), null);
        noto.apply(LifecycleAction.ARCHIVE, ADMIN, Instant.parse("2024-01-07T03:00:00Z"), null);
        SortedSet<LocalDate> days = noto.daysInUse(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31), JAPAN);
        assertEquals(LocalDate.of(2024, 1, 1), days.first());
        assertEquals(LocalDate.of(2024, 1, 7), days.last(), "archived at noon: the day still counts");
        assertEquals(7, days.size());
    }

    @Test
    void countsOnlyTheDaysInsideThePeriodAndKeepsCountingWhileActive() {
        DisasterInstance noto = activeNoto();
        SortedSet<LocalDate> days = noto.daysInUse(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), JAPAN);
        assertEquals(29, days.size());
        assertEquals(LocalDate.of(2024, 2, 1), days.first());
    }

    @Test
    void aDayOnWhichTheInstanceWasArchivedBeforeThePeriodDoesNotCount() {
        DisasterInstance noto = activeNoto();
        noto.apply(LifecycleAction.CLOSE, ADMIN, Instant.parse("2024-01-02T00:00:00Z"), null);
        noto.apply(LifecycleAction.ARCHIVE, ADMIN, Instant.parse("2024-01-02T01:00:00Z"), null);
        assertEquals(0, noto.daysInUse(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 31), JAPAN).size());
        assertEquals(2, noto.daysInUse(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), JAPAN).size());
    }
}
