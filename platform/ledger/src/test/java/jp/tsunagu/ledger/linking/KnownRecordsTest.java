package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        int[] candidates = known.candidates(yukoAgain);
        assertEquals(1, candidates.length);
        assertEquals("1", known.record(candidates[0]).id());
        assertEquals(takahashi, known.person(candidates[0]));
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

        assertEquals(watanabe, known.person(known.candidates(yukoAgain)[0]));
        assertFalse(known.unchangedSinceMark(kenta, Optional.of(takahashi)), "the person it left changed too");
    }

    @Test
    void anOversizedBlockGivesTheNearestRecordsInReadingAndBirthDateOrder() {
        for (int day = 1; day <= 40; day++) {
            known.add(record("d" + day, "中村 一郎", "ナカムラ イチロウ", "1945-08-15", "石川県輪島市河井町" + day), UUID.randomUUID());
        }
        NormalizedRecord ichiro = record("q", "中村 一郎", "ナカムラ イチロウ", "1945-08-15", "石川県輪島市河井町1");

        int[] candidates = known.candidates(ichiro);

        assertTrue(candidates.length <= 2 * settings.window(), "a block of 40 is cut to the window on each side");
        for (int i = 1; i < candidates.length; i++) {
            assertTrue(KnownRecords.compare(known.record(candidates[i - 1]), ichiro) < 0
                    || KnownRecords.compare(known.record(candidates[i]), ichiro) >= 0, "nearest first on each side");
        }
    }

    @Test
    void candidatesAreThoseOfThePlainRuleInItsOrderAlsoInOversizedBlocks() {
        NaiveLinkageDecisions naive = new NaiveLinkageDecisions(settings);
        java.util.Random random = new java.util.Random(4);
        java.util.List<NormalizedRecord> all = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = random.nextBoolean() ? "中村 一郎" : "中村 " + "一二三四五六七八九十".charAt(random.nextInt(10)) + "郎";
            String birth = java.time.LocalDate.of(1945, 8, 1).plusDays(random.nextInt(random.nextBoolean() ? 1 : 40)).toString();
            all.add(record("r" + (1_000 + random.nextInt(9_000)) + "-" + i, name, random.nextBoolean() ? "ナカムラ イチロウ" : "",
                    random.nextInt(5) == 0 ? "" : birth, "石川県輪島市河井町" + random.nextInt(3)));
        }
        for (NormalizedRecord r : all) {
            java.util.List<String> expected = naive.candidateIds(r);
            assertEquals(expected, java.util.Arrays.stream(known.candidates(r)).mapToObj(s -> known.record(s).id()).toList());
            UUID person = UUID.randomUUID();
            known.add(r, person);
            naive.know(r, person);
        }
    }

    @Test
    void blockOrderIsTheOrderOfReadingBirthDateAndIdWrittenOneAfterTheOther() {
        NormalizedRecord shortReading = record("b", "佐藤 誠", "サトウ マコト", "1958-05-05", "");
        NormalizedRecord longerReading = record("a", "佐藤 誠二", "サトウ マコトジ", "1950-01-01", "");
        NormalizedRecord noBirthDate = record("c", "佐藤 誠", "サトウ マコト", "", "");
        for (NormalizedRecord a : java.util.List.of(shortReading, longerReading, noBirthDate)) {
            for (NormalizedRecord b : java.util.List.of(shortReading, longerReading, noBirthDate)) {
                assertEquals(Integer.signum(orderText(a).compareTo(orderText(b))), Integer.signum(KnownRecords.compare(a, b)));
            }
        }
    }

    private static String orderText(NormalizedRecord r) {
        return r.name().phonetic() + '\u0000' + r.birthDate().map(java.time.LocalDate::toString).orElse("") + '\u0000' + r.id();
    }

    private NormalizedRecord record(String id, String name, String kana, String birth, String address) {
        return linker.normalizer().normalize(new PersonRecord(id, name, kana, birth, "", address, "")).record();
    }
}
