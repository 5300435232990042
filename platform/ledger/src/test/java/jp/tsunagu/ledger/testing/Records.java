package jp.tsunagu.ledger.testing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.Fingerprint;
import jp.tsunagu.ledger.record.Provenance;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;

/** Source records for unit tests, built by hand. */
public final class Records {

    public static final Actor IMPORTER = new Actor("sub-import", "importer");
    public static final UUID DISASTER = UUID.fromString("00000000-0000-0000-0000-000000000017");

    private Records() {
    }

    public static SourceRecord record(SourceKind kind, String observed, RecordValues values) {
        UUID batch = UUID.randomUUID();
        Instant at = Instant.parse(observed);
        return new SourceRecord(UUID.randomUUID(), DISASTER,
                Provenance.imported(kind, batch, kind.name().toLowerCase() + ".csv", 1, IMPORTER, at.plusSeconds(3600), Optional.of(at)),
                Fingerprint.of(UUID.randomUUID().toString()), Optional.of("{}"), values);
    }
}
