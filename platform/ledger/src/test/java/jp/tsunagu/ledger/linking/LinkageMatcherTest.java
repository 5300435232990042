package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.imports.row.JapaneseDates;
import jp.tsunagu.ledger.linking.MatchDecision.Outcome;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.Thresholds;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** One import into the 能登 disaster (Ishikawa, 17): records as the ledger stores them, decided one by one. */
class LinkageMatcherTest {

    private static final UUID DISASTER = UUID.randomUUID();

    private final PersonMatcher matcher = new LinkageMatcher(LinkerSettings.defaults().withHomePrefecture(PrefectureCode.of("17")));
    private final PersonMatcher.MatchSession session = matcher.open(DISASTER);

    private static LinkSubject record(SourceKind kind, String name, String kana, LocalDate birth, String sex, String address,
                                      String phone) {
        return new LinkSubject(UUID.randomUUID(), kind, Optional.ofNullable(name), Optional.ofNullable(kana),
                Optional.ofNullable(birth), Optional.ofNullable(sex), Optional.ofNullable(address), Optional.ofNullable(phone));
    }

    private UUID known(LinkSubject record) {
        UUID person = UUID.randomUUID();
        session.know(record, person);
        return person;
    }

    @Test
    void kanjiVariantEraDateAndAddressNotationLinkToTheRegisteredPerson() {
        UUID takahashi = known(record(SourceKind.RESIDENT_REGISTER, "髙橋 裕子", "タカハシ ユウコ", LocalDate.of(1970, 3, 1),
                "FEMALE", "石川県輪島市河井町1部18-1", "090-1234-5678"));
        LinkSubject roster = record(SourceKind.SHELTER_ROSTER, "高橋　裕子", "ﾀｶﾊｼ ﾕｰｺ",
                JapaneseDates.date("昭和45年3月1日").orElseThrow(), "FEMALE", "輪島市河井町一部十八番地一", null);

        MatchDecision decision = session.decide(roster);

        assertEquals(Outcome.LINKED, decision.outcome());
        assertEquals(Optional.of(takahashi), decision.person());
        assertTrue(decision.evidence().contains("fullName:VARIANT"), decision.evidence());
        assertTrue(decision.evidence().contains("birthDate:EXACT"), decision.evidence());
        assertTrue(decision.score() >= Thresholds.DEFAULT.upper());
    }

    @Test
    void twinsWithOneBirthDateAndHomeAreNeverLinked() {
        UUID shota = known(record(SourceKind.RESIDENT_REGISTER, "中谷 翔太", "ナカタニ ショウタ", LocalDate.of(2012, 7, 14),
                "MALE", "石川県輪島市鳳至町上町12", "0768-22-1234"));
        LinkSubject brother = record(SourceKind.SHELTER_ROSTER, "中谷 健太", "ナカタニ ケンタ", LocalDate.of(2012, 7, 14),
                "MALE", "輪島市鳳至町上町12番地", "0768-22-1234");

        MatchDecision decision = session.decide(brother);

        assertEquals(Outcome.REVIEW, decision.outcome());
        assertEquals(Optional.of(shota), decision.person());
        assertTrue(decision.evidence().contains("fullName:DISAGREE"), decision.evidence());
        // Home and landline are the household's: with names that disagree they add nothing to birth date and sex.
        assertEquals(10.4, decision.score(), 0.05);
    }

    @Test
    void twinsSharingEvenAMobileAreRefusedByTheGuard() {
        UUID shota = known(record(SourceKind.RESIDENT_REGISTER, "中谷 翔太", "ナカタニ ショウタ", LocalDate.of(2012, 7, 14),
                "MALE", "石川県輪島市鳳至町上町12", "090-2222-3333"));
        LinkSubject brother = record(SourceKind.SHELTER_ROSTER, "中谷 健太", "ナカタニ ケンタ", LocalDate.of(2012, 7, 14),
                "MALE", "輪島市鳳至町上町12番地", "09022223333");

        MatchDecision decision = session.decide(brother);

        assertEquals(Outcome.REVIEW, decision.outcome());
        assertEquals(Optional.of(shota), decision.person());
        assertTrue(decision.evidence().contains("guard:hardNegative"), decision.evidence());
    }

    @Test
    void spouseWithFamilyNameHomeAndLandlineIsNewWithoutAReview() {
        known(record(SourceKind.RESIDENT_REGISTER, "北村 健二", "キタムラ ケンジ", LocalDate.of(1961, 2, 3), "MALE",
                "石川県珠洲市宝立町鵜飼1-5", "0768-84-1111"));
        LinkSubject wife = record(SourceKind.SHELTER_ROSTER, "北村 恵子", "キタムラ ケイコ", LocalDate.of(1963, 9, 30), "FEMALE",
                "珠洲市宝立町鵜飼1番地5", "0768-84-1111");

        MatchDecision decision = session.decide(wife);

        assertEquals(Outcome.NEW, decision.outcome());
    }

    @Test
    void householdMemberWithoutBirthDateIsNotAReviewCandidate() {
        known(record(SourceKind.RESIDENT_REGISTER, "北村 健二", "キタムラ ケンジ", LocalDate.of(1961, 2, 3), "MALE",
                "石川県珠洲市宝立町鵜飼1-5", "0768-84-1111"));
        LinkSubject son = record(SourceKind.CALL_CENTRE, "北村 大輝", null, null, "MALE", "珠洲市宝立町鵜飼1番地5", "0768-84-1111");

        MatchDecision decision = session.decide(son);

        assertEquals(Outcome.NEW, decision.outcome());
    }

    @Test
    void aPersonRefusedByTheGuardGivesWayToAnotherLinkedCandidate() {
        // One record of 裕子 was put with her sister already (a staff mistake): that person fits best but is refused,
        // the person with nothing against the record is linked.
        UUID mixed = UUID.randomUUID();
        session.know(record(SourceKind.RESIDENT_REGISTER, "高田 裕子", "タカダ ユウコ", LocalDate.of(1980, 6, 1), "FEMALE",
                "石川県七尾市府中町5-1", "090-7777-1212"), mixed);
        session.know(record(SourceKind.RESIDENT_REGISTER, "高田 真由美", "タカダ マユミ", LocalDate.of(1982, 1, 9), "FEMALE",
                "石川県七尾市府中町5-1", null), mixed);
        UUID yuko = known(record(SourceKind.OUTREACH_VISIT, "高田 裕子", "タカダ ユウコ", LocalDate.of(1980, 6, 1), "FEMALE",
                null, null));

        MatchDecision decision = session.decide(record(SourceKind.CALL_CENTRE, "高田 裕子", "たかだ ゆうこ",
                LocalDate.of(1980, 6, 1), "FEMALE", "七尾市府中町5-1", "09077771212"));

        assertEquals(Outcome.LINKED, decision.outcome());
        assertEquals(Optional.of(yuko), decision.person());
    }

    @Test
    void aSpellingThePersonHasAcceptedAlreadyDoesNotStopARecordWithItsOtherSpelling() {
        // 有砂 (アリサ) from the register, and a call centre's 初彩 (heard as アリサ), put with her by a reviewer.
        UUID arisa = UUID.randomUUID();
        session.know(record(SourceKind.RESIDENT_REGISTER, "飯塚 有砂", "イイヅカ アリサ", LocalDate.of(1961, 10, 22), "FEMALE",
                "石川県輪島市米山町愛宕前20-18", null), arisa);
        session.know(record(SourceKind.CALL_CENTRE, "飯塚 初彩", null, LocalDate.of(1961, 10, 22), "FEMALE",
                "輪島市米山町愛宕前20−18", "070-0368-3610"), arisa);

        MatchDecision decision = session.decide(record(SourceKind.OUTREACH_VISIT, "飯塚有砂", null, LocalDate.of(1961, 10, 22),
                "FEMALE", "輪島市米山町愛宕前20ー18", null));

        assertEquals(Outcome.LINKED, decision.outcome());
        assertEquals(Optional.of(arisa), decision.person());
    }

    @Test
    void thresholdsFollowTheSizeOfTheLedgerAndTheRun() {
        // A full name with sex, no birth date, a shelter of the home municipality: 15.9 bits. Enough among a few
        // thousand records (upper 15 bits), not in a ledger of a million (20.9 bits).
        LinkSubject register = record(SourceKind.RESIDENT_REGISTER, "篠原 秋乃", "シノハラ アキノ", LocalDate.of(2017, 11, 10),
                "FEMALE", "石川県羽咋郡宝達志水町敷浪1-2", null);
        LinkSubject shelter = record(SourceKind.SHELTER_ROSTER, "篠原 秋乃", "しのはら あきの", null, "FEMALE",
                "宝達志水町市立第一小学校", null);
        UUID akino = known(register);
        session.expect(2_000);
        PersonMatcher.MatchSession large = matcher.open(DISASTER);
        large.know(register, akino);
        large.expect(1_000_000);

        MatchDecision small = session.decide(shelter);
        MatchDecision inLarge = large.decide(shelter);

        assertEquals(Outcome.LINKED, small.outcome());
        assertEquals(Outcome.REVIEW, inLarge.outcome());
        assertEquals(small.score(), inLarge.score());
    }

    @Test
    void configuredThresholdsOverrideTheSize() {
        PersonMatcher fixed = new LinkageMatcher(LinkerSettings.defaults().withHomePrefecture(PrefectureCode.of("17"))
                .withThresholds(new Thresholds(15.5, 10)));
        PersonMatcher.MatchSession run = fixed.open(DISASTER);
        UUID akino = UUID.randomUUID();
        run.know(record(SourceKind.RESIDENT_REGISTER, "篠原 秋乃", "シノハラ アキノ", LocalDate.of(2017, 11, 10), "FEMALE",
                "石川県羽咋郡宝達志水町敷浪1-2", null), akino);
        run.expect(1_000_000);

        MatchDecision decision = run.decide(record(SourceKind.SHELTER_ROSTER, "篠原 秋乃", "しのはら あきの", null, "FEMALE",
                "宝達志水町市立第一小学校", null));

        assertEquals(Outcome.LINKED, decision.outcome());
        assertEquals(Optional.of(akino), decision.person());
    }

    @Test
    void sameCommonNameAndBirthDateInAnotherTownIsAtMostReview() {
        known(record(SourceKind.RESIDENT_REGISTER, "佐藤 誠", "サトウ マコト", LocalDate.of(1958, 5, 5), "MALE",
                "石川県輪島市河井町2部100", null));
        LinkSubject visit = record(SourceKind.OUTREACH_VISIT, "佐藤 誠", "サトウ マコト", LocalDate.of(1958, 5, 5), "MALE",
                "石川県珠洲市飯田町13部50", null);

        MatchDecision decision = session.decide(visit);

        assertNotEquals(Outcome.LINKED, decision.outcome());
        assertTrue(decision.evidence().contains("address:DISAGREE"), decision.evidence());
    }

    @Test
    void recordWithoutBirthDateLinksWhenNameHomeAndMobileAgree() {
        UUID yamamoto = known(record(SourceKind.RESIDENT_REGISTER, "山本 和子", "ヤマモト カズコ", LocalDate.of(1947, 11, 23),
                "FEMALE", "石川県鳳珠郡穴水町川島ア1-2", "080-3456-7890"));
        LinkSubject call = record(SourceKind.CALL_CENTRE, "山本 和子", "ヤマモト カズコ", null, null,
                "穴水町川島ア1番地2", "08034567890");

        MatchDecision decision = session.decide(call);

        assertEquals(Outcome.LINKED, decision.outcome());
        assertEquals(Optional.of(yamamoto), decision.person());
        assertTrue(decision.evidence().contains("birthDate:MISSING"), decision.evidence());
    }

    @Test
    void recordsDecidedEarlierInTheSameImportAreCandidatesForLaterOnes() {
        LinkSubject first = record(SourceKind.SHELTER_ROSTER, "吉田 大輔", "ヨシダ ダイスケ", LocalDate.of(1985, 4, 2), "MALE",
                "輪島市門前町走出6-69", "090-8765-4321");
        MatchDecision nobodyYet = session.decide(first);
        assertEquals(Outcome.NEW, nobodyYet.outcome());
        UUID created = UUID.randomUUID();
        session.know(first, created);

        LinkSubject again = record(SourceKind.SHELTER_ROSTER, "𠮷田 大輔", null,
                JapaneseDates.date("S60.4.2").orElseThrow(), "MALE", "石川県輪島市門前町走出六丁目六十九番地", "090-8765-4321");
        MatchDecision decision = session.decide(again);

        assertEquals(Outcome.LINKED, decision.outcome());
        assertEquals(Optional.of(created), decision.person());
    }

    @Test
    void recordFittingOneRecordOfAPersonButContradictingAnotherGoesToReview() {
        UUID hanako = UUID.randomUUID();
        session.know(record(SourceKind.RESIDENT_REGISTER, "山口 花子", "ヤマグチ ハナコ", LocalDate.of(1950, 1, 10), "FEMALE",
                "石川県輪島市河井町4部7", null), hanako);
        session.know(record(SourceKind.CALL_CENTRE, "山口 花子", "ヤマグチ ハナコ", LocalDate.of(1950, 1, 10), "FEMALE",
                null, null), hanako);
        LinkSubject elsewhere = record(SourceKind.OUTREACH_VISIT, "山口 花子", "ヤマグチ ハナコ", LocalDate.of(1950, 1, 10),
                "FEMALE", "石川県七尾市府中町1", null);

        MatchDecision decision = session.decide(elsewhere);

        assertEquals(Outcome.REVIEW, decision.outcome());
        assertEquals(Optional.of(hanako), decision.person());
        assertTrue(decision.evidence().contains("guard:otherRecordOfPerson"), decision.evidence());
    }

    @Test
    void unrelatedRecordIsNewAndEvidenceNamesNoValues() {
        known(record(SourceKind.RESIDENT_REGISTER, "髙橋 裕子", "タカハシ ユウコ", LocalDate.of(1970, 3, 1), "FEMALE",
                "石川県輪島市河井町1部18-1", "090-1234-5678"));
        LinkSubject stranger = record(SourceKind.SHELTER_ROSTER, "森 健一", "モリ ケンイチ", LocalDate.of(1970, 3, 1), "MALE",
                "石川県珠洲市宝立町鵜飼1", "090-1111-2222");

        MatchDecision decision = session.decide(stranger);

        assertEquals(Outcome.NEW, decision.outcome());
        assertFalse(decision.evidence().contains("1970"), decision.evidence());
        assertFalse(decision.evidence().contains("髙橋") || decision.evidence().contains("森"), decision.evidence());
    }

    @Test
    void crowdedBirthDateStillFindsThePersonByName() {
        String[] families = {"中村", "小林", "加藤", "山田", "佐々木", "松本", "井上", "木村", "林", "清水"};
        String[] given = {"一郎", "二郎", "三郎", "四郎", "五郎", "六郎"};
        for (String family : families) {
            for (String name : given) {
                known(record(SourceKind.RESIDENT_REGISTER, family + " " + name, null, LocalDate.of(1945, 8, 15), "MALE",
                        "石川県輪島市河井町1部1", null));
            }
        }
        UUID saito = known(record(SourceKind.RESIDENT_REGISTER, "齋藤 正", "サイトウ タダシ", LocalDate.of(1945, 8, 15), "MALE",
                "石川県輪島市河井町3部5", null));

        MatchDecision decision = session.decide(record(SourceKind.SHELTER_ROSTER, "斎藤 正", "サイトウ タダシ",
                JapaneseDates.date("昭和20年8月15日").orElseThrow(), "MALE", "輪島市河井町三部五番地", null));

        assertEquals(Outcome.LINKED, decision.outcome());
        assertEquals(Optional.of(saito), decision.person());
    }

    @Test
    void emptySessionDecidesNew() {
        MatchDecision decision = session.decide(record(SourceKind.SHELTER_ROSTER, "森 健一", null, null, null, null, null));

        assertEquals(Outcome.NEW, decision.outcome());
        assertEquals("candidates:0", decision.evidence());
    }
}
