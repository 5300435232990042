package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.linkage.bench.PairwiseMetrics;
import jp.tsunagu.linkage.bench.SyntheticDataset;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.Thresholds;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A whole run of generated records (people in households, twins, namesakes, every notation) decided the way
 * {@link LinkingRun} decides them: the speed-ups (pages decided ahead in parallel, keys stored at import) give exactly
 * the decisions of normalising and deciding one record after the other, and those decisions are good.
 */
class LinkageMatcherSequenceTest {

    private static final PrefectureCode ISHIKAWA = PrefectureCode.of("17");
    private static final int PAGE = 700;

    private final LinkageMatcher matcher = new LinkageMatcher(LinkerSettings.defaults().withHomePrefecture(ISHIKAWA));
    private final SyntheticDataset data = SyntheticDataset.generate(6_000, 3, ISHIKAWA);
    private final List<LinkSubject> records = data.records().stream().map(SessionReplay::subject).toList();

    @Test
    void decidingPagesAheadWithStoredKeysGivesTheDecisionsOfOneRecordAfterTheOther() {
        List<String> oneByOne = run(records, false);
        List<LinkSubject> withKeys = records.stream().map(r -> withKeys(r, matcher.keysOf(r).orElseThrow())).toList();

        assertEquals(oneByOne, run(withKeys, true));
    }

    @Test
    void decisionsAreThoseOfThePlainRuleWithoutIndexIncludingCrowdedBlocks() {
        List<LinkSubject> subjects = new ArrayList<>(records.subList(0, 1_500));
        for (int i = 0; i < 120; i++) {
            // Crowds: one birth date for many people, one name for many birth dates (blocks beyond maxBlockSize).
            subjects.add(new LinkSubject(new UUID(2, i), SourceKind.SHELTER_ROSTER, Optional.of(i % 2 == 0 ? "中村 一郎" : "山田 花子"),
                    Optional.of(i % 2 == 0 ? "ナカムラ イチロウ" : "ヤマダ ハナコ"),
                    Optional.of(java.time.LocalDate.of(1945, 8, 15).plusDays(i % 3 == 0 ? 0 : i)), Optional.empty(),
                    Optional.of("石川県輪島市河井町" + (i % 7) + "部" + i), Optional.empty()));
        }
        java.util.Collections.shuffle(subjects, new java.util.Random(9));
        NaiveLinkageDecisions naive = new NaiveLinkageDecisions(LinkerSettings.defaults().withHomePrefecture(ISHIKAWA)
                .withThresholds(Thresholds.forBatchOf(subjects.size())));
        List<String> expected = new ArrayList<>();
        long persons = 0;
        for (LinkSubject record : subjects) {
            var keys = jp.tsunagu.linkage.match.MatchingKeys.decode(record.recordId().toString(), matcher.keysOf(record).orElseThrow())
                    .orElseThrow();
            String decision = naive.decide(keys);
            UUID person = decision.startsWith("LINKED") ? UUID.fromString(decision.substring(7)) : new UUID(0, ++persons);
            naive.know(keys, person);
            expected.add(person + " " + decision);
        }

        List<String> actual = run(subjects, true).stream().map(LinkageMatcherSequenceTest::personAndOutcome).toList();
        assertEquals(expected, actual);
    }

    /** "person OUTCOME candidate": what the plain rule tells, from a run's "person MatchDecision[...]" line. */
    private static String personAndOutcome(String line) {
        String person = line.substring(0, line.indexOf(' '));
        String outcome = line.substring(line.indexOf("outcome=") + 8, line.indexOf(", person="));
        String candidate = line.substring(line.indexOf("person=Optional") + 15, line.indexOf(", score="));
        return person + " " + outcome + (outcome.equals("NEW") ? "" : " " + candidate.substring(1, candidate.length() - 1));
    }

    @Test
    void decisionsAreGoodAgainstTheTruth() {
        List<String> decisions = run(records, true);
        List<String> persons = decisions.stream().map(d -> d.substring(0, d.indexOf(' '))).toList();

        PairwiseMetrics quality = PairwiseMetrics.of(data.truePersonIds(), persons);
        assertTrue(quality.precision() >= 0.99, "precision " + quality.precision());
        assertTrue(quality.f1() >= 0.97, "F1 " + quality.f1());
    }

    private List<String> run(List<LinkSubject> subjects, boolean prepared) {
        return SessionReplay.run(matcher, subjects, PAGE, prepared).stream().map(SessionReplay.Step::toString).toList();
    }

    private static LinkSubject withKeys(LinkSubject r, String keys) {
        return new LinkSubject(r.recordId(), r.kind(), r.fullName(), r.fullNameKana(), r.birthDate(), r.sex(), r.address(),
                r.phone(), Optional.of(keys));
    }
}
