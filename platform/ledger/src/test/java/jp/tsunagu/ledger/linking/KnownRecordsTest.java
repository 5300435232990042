package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.NormalizedRecord;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** What a decision made ahead depends on: the blocks of the record's keys and the records of the person it names. */
class KnownRecordsTest {

    private final LinkerSettings settings = LinkerSettings.defaults().withHomePrefecture(PrefectureCode.of("17"));
    private final Linker linker = new Linker(settings);
    private final KnownRecords known = new KnownRecords(linker, settings);

    private final NormalizedRecord yuko = record("1", "髙橋 裕子", "タカハシ ユウコ", "1970-03-01", "石川県輪島市河井町1部18-1");
    private final NormalizedRecord yukoAgain = record("2", "高橋 裕子", "", "1970-03-01", "輪島市河井町一部十八番地一");
    private final NormalizedRecord kenta = record("3", "渡邊 健太", "ワタナベ ケンタ", "2012-07-14", "石川県輪島市鳳至町上町12");
    private final UUID takahashi = UUID.randomUUID();
    private final UUID watanabe = UUID.randomUUID();

    @Test
    void recordsSharingABlockAreCandidatesOthersAreNot() {
        known.add(yuko, takahashi);
        known.add(kenta, watanabe);

        List<KnownRecords.Slot> candidates = known.candidates(yukoAgain);
        assertEquals(List.of("1"), candidates.stream().map(KnownRecords.Slot::id).toList());
        assertEquals(takahashi, candidates.get(0).person());
    }

    @Test
    void aDecisionStaysValidWhileNothingKnownSinceTouchesItsBlocksOrItsPerson() {
        known.add(yuko, takahashi);
        known.mark();
        known.add(kenta, watanabe);

        assertTrue(known.unchangedSinceMark(yukoAgain, Optional.of(takahashi)));
        assertTrue(known.unchangedSinceMark(yukoAgain, Optional.empty()));
    }

    @Test
    void aRecordKnownSinceInOneOfItsBlocksMakesTheDecisionStale() {
        known.mark();
        known.add(yuko, takahashi);

        assertFalse(known.unchangedSinceMark(yukoAgain, Optional.empty()), "the new record is a candidate now");
    }

    @Test
    void aRecordKnownSinceForTheNamedPersonMakesTheDecisionStale() {
        known.add(yuko, takahashi);
        known.mark();
        known.add(kenta, takahashi);

        assertFalse(known.unchangedSinceMark(yukoAgain, Optional.of(takahashi)), "the person's records decide the guard");
    }

    @Test
    void knowingARecordAgainMovesItToItsNewPerson() {
        known.add(yuko, takahashi);
        known.mark();
        known.add(yuko, watanabe);

        assertEquals(watanabe, known.candidates(yukoAgain).get(0).person());
        assertFalse(known.unchangedSinceMark(kenta, Optional.of(takahashi)), "the person it left changed too");
    }

    private NormalizedRecord record(String id, String name, String kana, String birth, String address) {
        return linker.normalizer().normalize(new PersonRecord(id, name, kana, birth, "", address, "")).record();
    }
}
