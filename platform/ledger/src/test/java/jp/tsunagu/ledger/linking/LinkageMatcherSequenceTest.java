package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.imports.row.JapaneseDates;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.linkage.bench.PairwiseMetrics;
import jp.tsunagu.linkage.bench.SyntheticDataset;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.PersonRecord;
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
    private final List<LinkSubject> records = data.records().stream().map(LinkageMatcherSequenceTest::subject).toList();

    @Test
    void decidingPagesAheadWithStoredKeysGivesTheDecisionsOfOneRecordAfterTheOther() {
        List<String> oneByOne = run(records, false);
        List<LinkSubject> withKeys = records.stream().map(r -> withKeys(r, matcher.keysOf(r).orElseThrow())).toList();

        assertEquals(oneByOne, run(withKeys, true));
    }

    @Test
    void decisionsAreGoodAgainstTheTruth() {
        List<String> decisions = run(records, true);
        List<String> persons = decisions.stream().map(d -> d.substring(0, d.indexOf(' '))).toList();

        PairwiseMetrics quality = PairwiseMetrics.of(data.truePersonIds(), persons);
        assertTrue(quality.precision() >= 0.99, "precision " + quality.precision());
        assertTrue(quality.f1() >= 0.95, "F1 " + quality.f1());
    }

    /** Each record's person and decision, deciding as LinkingRun does (a new person for NEW and REVIEW). */
    private List<String> run(List<LinkSubject> subjects, boolean prepared) {
        PersonMatcher.MatchSession session = matcher.open(UUID.randomUUID());
        List<String> decisions = new ArrayList<>();
        long persons = 0;
        for (int from = 0; from < subjects.size(); from += PAGE) {
            List<LinkSubject> page = subjects.subList(from, Math.min(subjects.size(), from + PAGE));
            if (prepared) {
                session.prepare(page);
            }
            for (LinkSubject record : page) {
                MatchDecision decision = session.decide(record);
                UUID person = decision.outcome() == MatchDecision.Outcome.LINKED ? decision.person().orElseThrow()
                        : new UUID(0, ++persons);
                session.know(record, person);
                decisions.add(person + " " + decision);
            }
        }
        return decisions;
    }

    private static LinkSubject subject(PersonRecord r) {
        return new LinkSubject(new UUID(1, Long.parseLong(r.id().substring(1))), SourceKind.SHELTER_ROSTER, text(r.name()),
                text(r.nameKana()), JapaneseDates.date(r.birthDate()), text(r.sex()), text(r.address()), text(r.phone()));
    }

    private static LinkSubject withKeys(LinkSubject r, String keys) {
        return new LinkSubject(r.recordId(), r.kind(), r.fullName(), r.fullNameKana(), r.birthDate(), r.sex(), r.address(),
                r.phone(), Optional.of(keys));
    }

    private static Optional<String> text(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
