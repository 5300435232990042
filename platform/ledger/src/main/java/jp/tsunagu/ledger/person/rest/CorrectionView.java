package jp.tsunagu.ledger.person.rest;

import java.time.Instant;
import java.util.List;

import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.SourceRecord;

/** A staff correction as stored: a record of its own, linked to the person, naming the items it states. */
public record CorrectionView(String id, String personId, String reason, List<String> items, String by, Instant at) {

    static CorrectionView of(SourceRecord correction, String personId, String reason) {
        return new CorrectionView(correction.id().toString(), personId, reason,
                correction.values().stated().stream().map(LedgerField::id).toList(),
                correction.provenance().receivedBy().username(), correction.provenance().receivedAt());
    }
}
