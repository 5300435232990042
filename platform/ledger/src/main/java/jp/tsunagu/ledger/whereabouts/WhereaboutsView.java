package jp.tsunagu.ledger.whereabouts;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/** A person's whereabouts as the API shows them: the current entry and the whole history, oldest first. */
public record WhereaboutsView(Entry current, List<Entry> history) {

    /** One entry, codes beside their Japanese labels; {@code recordId} traces it to its source record. */
    public record Entry(String recordId, String recordKind, String source, String kind, String kindLabel, String text,
                        String place, String municipality, String municipalityName, Instant observedAt,
                        Instant receivedAt, String recordedBy, String actingForKind, String actingFor) {

        public static Entry of(WhereaboutsEntry entry, Function<MunicipalityCode, String> names) {
            return new Entry(entry.recordId().toString(), entry.recordKind().name(), entry.source().name(),
                    entry.kind().map(Enum::name).orElse(null), entry.kind().map(WhereaboutsKind::japanese).orElse(null),
                    entry.text(), entry.place().orElse(null), entry.municipality().map(MunicipalityCode::value).orElse(null),
                    entry.municipality().map(names).orElse(null), entry.observedAt(), entry.receivedAt(),
                    entry.recordedBy().username(), entry.actingFor().map(a -> a.scopeKind()).orElse(null),
                    entry.actingFor().map(a -> a.scopeCode()).orElse(null));
        }
    }

    public static WhereaboutsView of(WhereaboutsHistory history, Function<MunicipalityCode, String> names) {
        return new WhereaboutsView(history.current().map(e -> Entry.of(e, names)).orElse(null),
                history.entries().stream().map(e -> Entry.of(e, names)).toList());
    }
}
