package jp.tsunagu.ledger.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.imports.row.JapaneseDates;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.linkage.match.PersonRecord;

/**
 * Generated records decided the way {@link LinkingRun} decides them, without PostgreSQL: one session told the run's
 * size, page by page (prepared or not), each record known at once under the person it went to (a new one for NEW and
 * REVIEW).
 */
final class SessionReplay {

    /** One record's decision and the person it went to. */
    record Step(UUID person, MatchDecision decision) {

        @Override
        public String toString() {
            return person + " " + decision;
        }
    }

    private SessionReplay() {
    }

    static List<Step> run(PersonMatcher matcher, List<LinkSubject> subjects, int page, boolean prepared) {
        PersonMatcher.MatchSession session = matcher.open(UUID.randomUUID());
        session.expect(subjects.size());
        List<Step> steps = new ArrayList<>(subjects.size());
        long persons = 0;
        for (int from = 0; from < subjects.size(); from += page) {
            List<LinkSubject> records = subjects.subList(from, Math.min(subjects.size(), from + page));
            if (prepared) {
                session.prepare(records);
            }
            for (LinkSubject record : records) {
                MatchDecision decision = session.decide(record);
                UUID person = decision.outcome() == MatchDecision.Outcome.LINKED ? decision.person().orElseThrow()
                        : new UUID(0, ++persons);
                session.know(record, person);
                steps.add(new Step(person, decision));
            }
        }
        return steps;
    }

    /** A generated record as an import stores it (the date read by the import's rules). */
    static LinkSubject subject(PersonRecord r) {
        return new LinkSubject(new UUID(1, Long.parseLong(r.id().substring(1))), SourceKind.SHELTER_ROSTER, text(r.name()),
                text(r.nameKana()), JapaneseDates.date(r.birthDate()), text(r.sex()), text(r.address()), text(r.phone()));
    }

    private static Optional<String> text(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
