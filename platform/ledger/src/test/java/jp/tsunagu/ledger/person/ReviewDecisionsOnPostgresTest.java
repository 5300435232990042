package jp.tsunagu.ledger.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.Fingerprint;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.Provenance;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * Review decisions on PostgreSQL: the same person merges the record's person into the candidate (and undoing that
 * merge reopens the review), different persons closes the review; each is decided once, with its reason; a merge that a
 * later merge builds on names the one to undo first.
 */
class ReviewDecisionsOnPostgresTest {

    static final Actor LINKAGE = new Actor("sub-import", "importer");
    static final Actor LEAD = new Actor("sub-17-2", "wajima-lead");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    static TestDatabase database;
    static TestJpa jpa;
    static UUID disaster;

    UUID registered;
    UUID evacuee;
    UUID review;

    @BeforeAll
    static void database() {
        database = TestDatabase.fresh();
        jpa = new TestJpa(database);
        disaster = database.disaster("令和6年能登半島地震", "ACTIVE");
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    /** 山口 花子 in the register, and a roster record linkage was unsure about: a person of its own and a review. */
    @BeforeEach
    void aRecordWaitingForReview() {
        registered = person(record(SourceKind.RESIDENT_REGISTER, "石川県輪島市河井町4部7"), LinkDecision.NEW);
        evacuee = UUID.randomUUID();
        review = inTenant(em -> {
            SourceRecord roster = record(SourceKind.SHELTER_ROSTER, "石川県七尾市府中町1");
            em.persist(roster);
            em.persist(new Person(evacuee, disaster, CLOCK.instant()));
            RecordLink link = RecordLink.forReview(disaster, roster.id(), evacuee, registered, 19.4,
                    Optional.of("fullName:EXACT;birthDate:EXACT;sex:EXACT;address:DISAGREE;bits:19.4"), LINKAGE,
                    CLOCK.instant());
            em.persist(link);
            return link.id();
        });
    }

    @Test
    void samePersonMergesTheRecordsPersonIntoTheCandidateWithTheReason() {
        ReviewDecisions.Decided decided = inTenant(em -> decisions(em).samePerson(disaster, review, "七尾市の長女宅に避難と確認", LEAD));

        PersonMerge merge = decided.merge().orElseThrow();
        assertEquals(registered, merge.survivorId());
        assertEquals(evacuee, merge.absorbedId());
        assertEquals(Optional.of("七尾市の長女宅に避難と確認"), merge.reason());
        assertEquals(OptionalDouble.of(19.4), merge.score(), "the review's score goes with the merge");
        assertEquals(registered, decided.link().personId());
        assertEquals(Optional.of("七尾市の長女宅に避難と確認"), decided.link().reason());
        assertEquals(2, inTenant(em -> persons(em).view(disaster, registered)).records().size());
        assertFalse(holds(em -> persons(em).require(disaster, review(em).personId()).isActive()));
        assertFalse(holds(em -> review(em).isOpenReview()));
    }

    @Test
    void undoingTheSamePersonMergeReopensTheReviewExactly() {
        UUID merge = inTenant(em -> decisions(em).samePerson(disaster, review, "同一人物", LEAD).merge().orElseThrow().id());

        inTenant(em -> persons(em).undoMerge(disaster, merge, "別人だった", LEAD));

        assertTrue(holds(em -> review(em).isOpenReview()), "the very same review link is the record's link again");
        assertEquals(1, inTenant(em -> persons(em).view(disaster, registered)).records().size());
        assertTrue(holds(em -> persons(em).require(disaster, evacuee).isActive()));
    }

    @Test
    void differentPersonsKeepsTheRecordWithItsPersonAndClosesTheReview() {
        ReviewDecisions.Decided decided = inTenant(em -> decisions(em).differentPersons(disaster, review, "生年月日が違う", LEAD));

        assertTrue(decided.merge().isEmpty());
        RecordLink kept = decided.link();
        assertEquals(evacuee, kept.personId());
        assertEquals(LinkDecision.CONFIRMED, kept.decision());
        assertEquals(Optional.of(registered), kept.candidatePersonId(), "against whom it was decided stays on record");
        assertEquals(Optional.of("生年月日が違う"), kept.reason());
        assertEquals(LEAD, kept.decidedBy());
        assertEquals(Optional.of(review), kept.supersedesId());
        assertFalse(holds(em -> review(em).isOpenReview()));
        assertTrue(holds(em -> persons(em).require(disaster, evacuee).isActive()));
    }

    @Test
    void aReviewIsDecidedOnlyOnce() {
        inTenant(em -> decisions(em).differentPersons(disaster, review, "別人", LEAD));

        LedgerConflictException again = assertThrows(LedgerConflictException.class,
                () -> inTenant(em -> decisions(em).samePerson(disaster, review, "やはり同一", LEAD)));
        assertTrue(again.getMessage().contains("decided already"), again.getMessage());
        assertThrows(LedgerConflictException.class,
                () -> inTenant(em -> decisions(em).differentPersons(disaster, review, "別人", LEAD)));
    }

    @Test
    void aMergeALaterMergeBuildsOnNamesTheMergeToUndoFirst() {
        UUID first = inTenant(em -> decisions(em).samePerson(disaster, review, "同一人物", LEAD).merge().orElseThrow().id());
        UUID third = person(record(SourceKind.CALL_CENTRE, null), LinkDecision.NEW);
        UUID later = inTenant(em -> persons(em).merge(disaster, third, registered, OptionalDouble.empty(), Optional.empty(),
                "電話で同一と確認", LEAD).id());

        LedgerConflictException refused = assertThrows(LedgerConflictException.class,
                () -> inTenant(em -> persons(em).undoMerge(disaster, first, "誤り", LEAD)));

        assertTrue(refused.getMessage().contains("undo merge " + later + " first"), refused.getMessage());
        assertEquals(later.toString(), refused.members().get("undoMergesFirst"), "the same, for a client to act on");
        assertFalse(refused.members().containsKey("moveLinksBackFirst"), "no record was moved on by a staff decision");
        inTenant(em -> persons(em).undoMerge(disaster, later, "誤り", LEAD));
        inTenant(em -> persons(em).undoMerge(disaster, first, "誤り", LEAD));
        assertTrue(holds(em -> review(em).isOpenReview()));
    }

    @Test
    void anAbsorbedPersonIsNotCorrected() {
        inTenant(em -> decisions(em).samePerson(disaster, review, "同一人物", LEAD));

        assertThrows(LedgerConflictException.class, () -> inTenant(em -> persons(em).correct(disaster, evacuee,
                RecordValues.builder().set(LedgerField.WHEREABOUTS, "金沢市").build(), "電話で申告", LEAD)));
    }

    @Test
    void aLinkThatIsNoReviewIsNotFoundAsOne() {
        UUID linked = inTenant(em -> persons(em).activeLinks(registered).getFirst().id());

        assertThrows(NotFoundException.class,
                () -> inTenant(em -> decisions(em).differentPersons(disaster, linked, "x", LEAD)));
    }

    private RecordLink review(EntityManager em) {
        return em.find(RecordLink.class, review);
    }

    private UUID person(SourceRecord record, LinkDecision decision) {
        return inTenant(em -> {
            Person person = Person.create(disaster, CLOCK.instant());
            em.persist(record);
            em.persist(person);
            em.persist(RecordLink.first(disaster, record.id(), person.id(), decision, OptionalDouble.empty(),
                    Optional.empty(), LINKAGE, CLOCK.instant()));
            return person.id();
        });
    }

    private static SourceRecord record(SourceKind kind, String address) {
        UUID id = UUID.randomUUID();
        return new SourceRecord(id, disaster, Provenance.entered(kind, LINKAGE, CLOCK.instant()),
                Fingerprint.of(id.toString()), Optional.empty(), RecordValues.builder()
                .set(LedgerField.FULL_NAME, "山口 花子").set(LedgerField.BIRTH_DATE, LocalDate.of(1950, 1, 10))
                .set(LedgerField.ADDRESS, address).build());
    }

    private static LedgerPersons persons(EntityManager em) {
        return new LedgerPersons(em, CLOCK);
    }

    private static ReviewDecisions decisions(EntityManager em) {
        return new ReviewDecisions(em, persons(em), CLOCK);
    }

    private static boolean holds(Predicate<EntityManager> fact) {
        return jpa.inTenant(fact::test);
    }

    private static <T> T inTenant(Function<EntityManager, T> work) {
        return jpa.inTenant(work);
    }
}
