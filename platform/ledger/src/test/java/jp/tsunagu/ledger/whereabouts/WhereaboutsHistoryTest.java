package jp.tsunagu.ledger.whereabouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.Fingerprint;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.Provenance;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.view.LedgerViewDerivation;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

import static jp.tsunagu.ledger.testing.Records.DISASTER;
import static jp.tsunagu.ledger.testing.Records.record;

class WhereaboutsHistoryTest {

    static final WhereaboutsText READER = WhereaboutsText.bundled(PrefectureCode.of(17));
    static final MunicipalityCode WAJIMA = MunicipalityCode.of("172049");
    static final MunicipalityCode KANAZAWA = MunicipalityCode.of("172014");
    static final Actor HOST = new Actor("sub-host", "kanazawa.staff");

    @Test
    void importedTextGivesKindAndMunicipalityAndTheLatestObservationIsCurrent() {
        SourceRecord roster = record(SourceKind.SHELTER_ROSTER, "2024-01-10T00:00:00Z", whereabouts("輪島市立輪島中学校"));
        SourceRecord visit = record(SourceKind.OUTREACH_VISIT, "2024-01-12T05:00:00Z", whereabouts("七尾市の長女宅"));
        SourceRecord register = record(SourceKind.RESIDENT_REGISTER, "2024-01-05T00:00:00Z",
                RecordValues.builder().set(LedgerField.FULL_NAME, "山口 花子").build());

        WhereaboutsHistory history = WhereaboutsHistory.of(List.of(visit, register, roster), Map.of(), READER);

        assertEquals(List.of(roster.id(), visit.id()), history.entries().stream().map(WhereaboutsEntry::recordId).toList(),
                "oldest first; a record without 居所 is no entry");
        WhereaboutsEntry first = history.entries().getFirst();
        assertEquals(Optional.of(WhereaboutsKind.DESIGNATED_SHELTER), first.kind());
        assertEquals(Optional.of(WAJIMA), first.municipality());
        assertEquals(WhereaboutsSource.IMPORTED_RECORD, first.source());
        WhereaboutsEntry current = history.current().orElseThrow();
        assertEquals(visit.id(), current.recordId());
        assertEquals(Optional.of(WhereaboutsKind.RELATIVES_HOME), current.kind());
        assertEquals(Optional.of(MunicipalityCode.of("172022")), current.municipality(), "七尾市");
    }

    @Test
    void aReportTakesItsDetailAndAnOlderObservationEnteredLaterDoesNotReplaceTheCurrentOne() {
        SourceRecord visit = record(SourceKind.OUTREACH_VISIT, "2024-01-20T00:00:00Z", whereabouts("輪島市の自宅"));
        SourceRecord late = report("2024-01-15T00:00:00Z", "2024-02-01T00:00:00Z", "ホテル金沢");
        WhereaboutsDetail.Stated stated = new WhereaboutsDetail.Stated(WhereaboutsKind.HOTEL, Optional.of("ホテル金沢"),
                Optional.of(KANAZAWA), WhereaboutsSource.HOST_UPDATE,
                Optional.of(new ActingFor("HOST_MUNICIPALITY", KANAZAWA.value())));

        WhereaboutsHistory history = WhereaboutsHistory.of(List.of(visit, late), Map.of(late.id(), stated), READER);

        assertEquals(visit.id(), history.current().orElseThrow().recordId(), "observed on the 20th beats the 15th");
        WhereaboutsEntry hotel = history.entries().getFirst();
        assertEquals(WhereaboutsSource.HOST_UPDATE, hotel.source());
        assertEquals(Optional.of(KANAZAWA), hotel.municipality());
        assertEquals("HOST_MUNICIPALITY", hotel.actingFor().orElseThrow().scopeKind());
        assertEquals(HOST, hotel.recordedBy());
    }

    @Test
    void onTheSameObservedTimeTheLaterReceivedWins() {
        SourceRecord early = report("2024-01-15T00:00:00Z", "2024-01-15T01:00:00Z", "金沢市の親戚宅");
        SourceRecord later = report("2024-01-15T00:00:00Z", "2024-01-15T02:00:00Z", "金沢市のホテル");

        WhereaboutsHistory history = WhereaboutsHistory.of(List.of(later, early), Map.of(), READER);

        assertEquals(later.id(), history.current().orElseThrow().recordId());
    }

    @Test
    void theEntryShowsTheSameRecordAsTheLedgerViewEvenAgainstAnOlderStaffCorrection() {
        SourceRecord correction = SourceRecord.staffCorrection(DISASTER, whereabouts("輪島市立輪島中学校"), "訂正",
                new Actor("sub-staff", "staff"), Instant.parse("2024-01-11T00:00:00Z"));
        SourceRecord moved = report("2024-01-20T00:00:00Z", "2024-01-20T00:00:00Z", "金沢市のホテル");

        List<SourceRecord> records = List.of(correction, moved);
        WhereaboutsEntry current = WhereaboutsHistory.of(records, Map.of(), READER).current().orElseThrow();

        assertEquals(moved.id(), current.recordId(), "a later observation wins over an older correction of 居所");
        assertEquals(List.of(moved.id()), LedgerViewDerivation.derive(UUID.randomUUID(), records)
                .item(LedgerField.WHEREABOUTS).orElseThrow().sources());
    }

    @Test
    void noRecordStatingWhereaboutsMeansNoCurrentEntry() {
        assertTrue(WhereaboutsHistory.of(List.of(), Map.of(), READER).current().isEmpty());
    }

    private static RecordValues whereabouts(String text) {
        return RecordValues.builder().set(LedgerField.WHEREABOUTS, text).build();
    }

    private static SourceRecord report(String observed, String received, String text) {
        return new SourceRecord(UUID.randomUUID(), DISASTER, new Provenance(SourceKind.WHEREABOUTS_REPORT, Optional.empty(),
                Optional.empty(), Optional.empty(), HOST, Instant.parse(received), Optional.of(Instant.parse(observed))),
                Fingerprint.of(UUID.randomUUID().toString()), Optional.empty(), whereabouts(text));
    }
}
