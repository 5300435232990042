package jp.tsunagu.support.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.search.PersonSummary;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * A person's support case as everyone who may see it sees it: whom it is about (name, birth date, where they are now),
 * who holds it, every claim and transfer, every entry oldest first, and the next follow-up date.
 */
public record CaseView(String personId, Person person, Party holder, Instant heldSince, List<Handover> handovers,
                       List<Entry> entries, LocalDate nextFollowUp) {

    /** Whom the case is about: what a visiting team needs to find and greet them. */
    public record Person(String fullName, String fullNameKana, LocalDate birthDate, String whereabouts,
                         String currentMunicipality) {

        static Person of(PersonSummary summary) {
            return new Person(summary.fullName().orElse(null), summary.fullNameKana().orElse(null),
                    summary.birthDate().orElse(null), summary.whereabouts().orElse(null),
                    summary.current().municipality().map(MunicipalityCode::value).orElse(null));
        }
    }

    /** A municipality, an organisation or the prefecture, with its name. */
    public record Party(String kind, String code, String name) {

        static Party of(ActingFor party, Function<ActingFor, String> names) {
            return new Party(party.scopeKind(), party.scopeCode(), names.apply(party));
        }
    }

    public record Handover(String id, Party from, Party to, String reason, String by, Instant at) {

        static Handover of(CaseHandover handover, Function<ActingFor, String> names) {
            return new Handover(handover.id().toString(), handover.from().map(p -> Party.of(p, names)).orElse(null),
                    Party.of(handover.to(), names), handover.reason().orElse(null), handover.by().username(), handover.at());
        }
    }

    public record Entry(String id, String kind, Instant occurredAt, String channel, String category, String urgency,
                        List<String> careCategories, String note, LocalDate followUpOn, String recordedBy, Party actingFor,
                        Instant recordedAt) {

        static Entry of(CaseEntry entry, Function<ActingFor, String> names) {
            return new Entry(entry.id().toString(), entry.kind().name(), entry.occurredAt(),
                    entry.channel().map(Enum::name).orElse(null), entry.category().map(Enum::name).orElse(null),
                    entry.urgency().map(Enum::name).orElse(null),
                    entry.careCategories().stream().map(Enum::name).sorted().toList(), entry.note(),
                    entry.followUpOn().orElse(null), entry.recordedBy().username(), Party.of(entry.actingFor(), names),
                    entry.recordedAt());
        }
    }
}
