package jp.tsunagu.ledger.person;

import static jp.tsunagu.ledger.testing.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.testing.Records;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.LedgerViewDerivation;

/** Merges move records between persons by new links; undoing one restores exactly the state before it. */
class PersonMergeTest {

    static final Actor LINKAGE = new Actor("linkage", "名寄せ");
    static final Actor LEAD = new Actor("sub-lead", "wajima-lead");
    static final Instant T0 = Instant.parse("2024-01-10T00:00:00Z");

    /** An in-memory ledger: persons, records and every link ever made. */
    final Map<UUID, Person> persons = new HashMap<>();
    final Map<UUID, SourceRecord> records = new HashMap<>();
    final List<RecordLink> links = new ArrayList<>();
    Person ichiro;
    Person ichiroAgain;
    Person hanako;

    @BeforeEach
    void ledger() {
        ichiro = person();
        ichiroAgain = person();
        hanako = person();
        attach(ichiro, record(SourceKind.SHELTER_ROSTER, "2024-01-02T00:00:00Z", values("髙橋 一郎", "輪島中学校")));
        attach(ichiro, record(SourceKind.RESIDENT_REGISTER, "2024-01-01T00:00:00Z", values("髙橋 一郎", null)));
        attach(ichiroAgain, record(SourceKind.OUTREACH_VISIT, "2024-01-20T00:00:00Z", values("高橋 一郎", "長男宅")));
        attach(hanako, record(SourceKind.CALL_CENTRE, "2024-01-15T00:00:00Z", values("輪島 花子", "ホテル")));
    }

    @Test
    void aMergeMovesTheAbsorbedPersonsRecordsAndRecordsWhoDecidedOnWhatScore() {
        PersonMerge merge = merge(ichiro, ichiroAgain, 0.93);
        assertFalse(ichiroAgain.isActive());
        assertEquals(Optional.of(merge.id()), ichiroAgain.absorbedBy());
        assertEquals(3, active(ichiro).size());
        assertTrue(active(ichiroAgain).isEmpty());
        assertEquals(Optional.of("長男宅"), view(ichiro).whereabouts(), "the survivor's view now includes the visit");
        assertEquals(OptionalDouble.of(0.93), merge.score());
        assertEquals(LEAD, merge.decidedBy());
        assertTrue(links.stream().filter(l -> l.mergeId().isPresent()).allMatch(l -> l.decision() == LinkDecision.MERGED));
    }

    @Test
    void undoingAMergeRestoresExactlyWhatWasThere() {
        Map<UUID, String> linksBefore = linkStates();
        LedgerView ichiroBefore = view(ichiro);
        LedgerView againBefore = view(ichiroAgain);

        PersonMerge merge = merge(ichiro, ichiroAgain, 0.93);
        assertNotEquals(ichiroBefore.items(), view(ichiro).items());
        undo(merge, ichiroAgain);

        Map<UUID, String> linksAfter = linkStates();
        linksBefore.forEach((id, state) -> assertEquals(state, linksAfter.get(id), "link " + id + " is as it was"));
        assertTrue(links.stream().filter(l -> !linksBefore.containsKey(l.id())).allMatch(l -> l.state() == LinkState.UNDONE),
                "the merge's own links stay as history, undone");
        assertTrue(ichiroAgain.isActive());
        assertEquals(ichiroBefore.items(), view(ichiro).items());
        assertEquals(ichiroBefore.records(), view(ichiro).records());
        assertEquals(againBefore.items(), view(ichiroAgain).items());
        assertTrue(merge.isUndone());
        assertEquals(Optional.of(LEAD), merge.undoneBy());
    }

    @Test
    void aMergeThatALaterMergeBuildsOnIsUndoneOnlyAfterTheLaterOne() {
        PersonMerge first = merge(ichiro, ichiroAgain, 0.93);
        PersonMerge second = merge(hanako, ichiro, 0.10);
        assertThrows(LedgerConflictException.class, () -> undo(first, ichiroAgain));
        assertTrue(first.undoneAt().isEmpty(), "a refused undo changes nothing");
        undo(second, ichiro);
        undo(first, ichiroAgain);
        assertEquals(2, active(ichiro).size());
        assertEquals(1, active(ichiroAgain).size());
        assertEquals(1, active(hanako).size());
    }

    @Test
    void refusesMergingAPersonWithThemselfAnAbsorbedSurvivorAndUndoingTwice() {
        assertThrows(LedgerConflictException.class, () -> merge(ichiro, ichiro, 1.0));
        PersonMerge merge = merge(ichiro, ichiroAgain, 0.9);
        assertThrows(LedgerConflictException.class, () -> merge(ichiroAgain, hanako, 0.9));
        undo(merge, ichiroAgain);
        assertThrows(LedgerConflictException.class, () -> undo(merge, ichiroAgain));
    }

    @Test
    void aMergeAndItsUndoingRecordWhy() {
        PersonMerge merge = merge(ichiro, ichiroAgain, 0.93);
        assertEquals(Optional.of("同一人物と確認"), merge.reason());
        assertTrue(links.stream().filter(l -> l.mergeId().isPresent())
                .allMatch(l -> l.reason().equals(Optional.of("同一人物と確認"))), "each moved record says why");
        undo(merge, ichiroAgain);
        assertEquals(Optional.of("別人と判明"), merge.undoReason());
    }

    @Test
    void aMergeOrAnUndoingWithoutAReasonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PersonMerge.perform(ichiro, ichiroAgain, active(ichiroAgain),
                OptionalDouble.empty(), Optional.empty(), " ", LEAD, T0));
        assertTrue(ichiroAgain.isActive(), "a refused merge changes nothing");
        PersonMerge merge = merge(ichiro, ichiroAgain, 0.9);
        assertThrows(IllegalArgumentException.class, () -> merge.undo(ichiroAgain, List.of(), Map.of(), "", LEAD, T0));
    }

    @Test
    void aReviewDecidedApartStaysWithItsPersonOnceAndForAll() {
        SourceRecord visit = record(SourceKind.OUTREACH_VISIT, "2024-01-21T00:00:00Z", values("高橋 一郎", "七尾市"));
        Person own = person();
        RecordLink review = RecordLink.forReview(Records.DISASTER, visit.id(), own.id(), ichiro.id(), 17.5,
                Optional.of("fullName:VARIANT;address:DISAGREE;bits:17.5"), LINKAGE, T0);

        RecordLink kept = review.confirmOwnPerson("住所も生年月日も異なる", LEAD, T0.plusSeconds(60));

        assertEquals(own.id(), kept.personId());
        assertEquals(LinkDecision.CONFIRMED, kept.decision());
        assertEquals(Optional.of(ichiro.id()), kept.candidatePersonId());
        assertEquals(Optional.of(review.id()), kept.supersedesId());
        assertEquals(LinkState.SUPERSEDED, review.state());
        assertFalse(review.isOpenReview());
        assertThrows(LedgerConflictException.class, () -> review.confirmOwnPerson("again", LEAD, T0));
    }

    private PersonMerge merge(Person survivor, Person absorbed, double score) {
        PersonMerge.Merged merged = PersonMerge.perform(survivor, absorbed, active(absorbed), OptionalDouble.of(score),
                Optional.of("fullName:VARIANT;birthDate:EXACT"), "同一人物と確認", LEAD, T0.plusSeconds(links.size()));
        links.addAll(merged.newLinks());
        return merged.merge();
    }

    private void undo(PersonMerge merge, Person absorbed) {
        List<RecordLink> created = links.stream().filter(l -> l.mergeId().equals(Optional.of(merge.id()))).toList();
        Map<UUID, RecordLink> byId = links.stream().collect(Collectors.toMap(RecordLink::id, Function.identity()));
        merge.undo(absorbed, created, byId, "別人と判明", LEAD, T0.plusSeconds(1000 + links.size()));
    }

    private Person person() {
        Person person = Person.create(Records.DISASTER, T0);
        persons.put(person.id(), person);
        return person;
    }

    private void attach(Person person, SourceRecord record) {
        records.put(record.id(), record);
        links.add(RecordLink.first(Records.DISASTER, record.id(), person.id(), LinkDecision.NEW, OptionalDouble.empty(),
                Optional.empty(), LINKAGE, T0));
    }

    private List<RecordLink> active(Person person) {
        return links.stream().filter(l -> l.isActive() && l.personId().equals(person.id())).toList();
    }

    private LedgerView view(Person person) {
        return LedgerViewDerivation.derive(person.id(), active(person).stream().map(l -> records.get(l.recordId())).toList());
    }

    private Map<UUID, String> linkStates() {
        return links.stream().collect(Collectors.toMap(RecordLink::id,
                l -> l.recordId() + ">" + l.personId() + ":" + l.decision() + ":" + l.state() + ":" + l.endedAt()));
    }

    private static RecordValues values(String name, String whereabouts) {
        return RecordValues.builder().set(LedgerField.FULL_NAME, name).set(LedgerField.BIRTH_DATE, LocalDate.of(1955, 4, 12))
                .set(LedgerField.WHEREABOUTS, whereabouts).build();
    }
}
