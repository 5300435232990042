package jp.tsunagu.ledger.whereabouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.SourceRecord;

/**
 * A person's whereabouts history, derived from the records linked to them now: every record that states 居所 is an
 * entry, oldest first. A WHEREABOUTS_REPORT record's entry takes kind, place, municipality and source from its
 * {@link WhereaboutsDetail}; any other record's entry is read from its text ({@link WhereaboutsText}).
 *
 * <p><b>The current whereabouts</b> is the last entry in the ledger's chronological order
 * ({@link SourceRecord#CHRONOLOGICAL}): the latest observed time (the time the source says it saw the person, else when
 * the ledger received it); on a tie the later received; then the later file row; then the greater record id. It is the
 * same record the person's entry shows for 居所 (derivation rule 5, which for 居所 applies to staff corrections too).
 * Pure: the same records always give the same history.
 */
public final class WhereaboutsHistory {

    private final List<WhereaboutsEntry> entries;

    private WhereaboutsHistory(List<WhereaboutsEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static WhereaboutsHistory of(List<SourceRecord> linked, Map<UUID, WhereaboutsDetail.Stated> details,
                                        WhereaboutsText reader) {
        List<SourceRecord> records = new ArrayList<>(linked);
        records.sort(SourceRecord.CHRONOLOGICAL);
        List<WhereaboutsEntry> entries = new ArrayList<>();
        for (SourceRecord record : records) {
            Optional<String> text = record.values().get(LedgerField.WHEREABOUTS).map(String.class::cast);
            if (text.isEmpty()) {
                continue;
            }
            WhereaboutsDetail.Stated stated = details.get(record.id());
            var provenance = record.provenance();
            entries.add(stated != null
                    ? new WhereaboutsEntry(record.id(), record.kind(), stated.source(), Optional.of(stated.kind()), text.get(),
                            stated.place(), stated.municipality(), provenance.effectiveAt(), provenance.receivedAt(),
                            provenance.receivedBy(), stated.actingFor())
                    : new WhereaboutsEntry(record.id(), record.kind(), WhereaboutsSource.IMPORTED_RECORD,
                            WhereaboutsText.kindOf(text.get()), text.get(), Optional.of(text.get()),
                            reader.municipalityOf(text.get()), provenance.effectiveAt(), provenance.receivedAt(),
                            provenance.receivedBy(), Optional.empty()));
        }
        return new WhereaboutsHistory(entries);
    }

    /** Oldest first. */
    public List<WhereaboutsEntry> entries() {
        return entries;
    }

    public Optional<WhereaboutsEntry> current() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }
}
