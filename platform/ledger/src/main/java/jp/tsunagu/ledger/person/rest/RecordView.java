package jp.tsunagu.ledger.person.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.tsunagu.ledger.imports.row.RowInterpreter;
import jp.tsunagu.ledger.person.RecordLink;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.Provenance;
import jp.tsunagu.ledger.record.SourceRecord;

/**
 * A source record with its provenance (kind, import batch, file, row, who brought it in, when it was received and
 * observed), the row as it was received and what it states, item by item. 個人番号 appears in neither: the row as
 * received holds the import's mask, and the stated items the same mask. {@code linkId} and {@code decision} name the
 * link that ties the record to the person now.
 */
public record RecordView(String id, String kind, String kindName, String batchId, String fileName, Long row,
                         String receivedBy, Instant receivedAt, Instant observedAt, Map<String, String> asReceived,
                         Map<String, Object> stated, String linkId, String decision) {

    public static RecordView of(SourceRecord record, RecordLink link) {
        Provenance provenance = record.provenance();
        Map<String, Object> stated = new LinkedHashMap<>();
        for (LedgerField field : record.values().stated()) {
            stated.put(field.id(), field == LedgerField.MY_NUMBER ? RowInterpreter.MY_NUMBER_MASK
                    : ItemView.plain(record.values().get(field).orElseThrow()));
        }
        return new RecordView(record.id().toString(), record.kind().name(), record.kind().japanese(),
                provenance.batchId().map(UUID::toString).orElse(null), provenance.fileName().orElse(null),
                provenance.rowNumber().orElse(null), provenance.receivedBy().username(), provenance.receivedAt(),
                provenance.observedAt().orElse(null), record.raw().map(JsonText::readObject).orElse(Map.of()), stated,
                link.id().toString(), link.decision().name());
    }
}
