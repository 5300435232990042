package jp.tsunagu.ledger.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.LedgerViewDerivation;
import jp.tsunagu.ledger.view.Traced;
import jp.tsunagu.ledger.whereabouts.WhereaboutsDetail;
import jp.tsunagu.ledger.whereabouts.WhereaboutsEntry;
import jp.tsunagu.ledger.whereabouts.WhereaboutsHistory;
import jp.tsunagu.ledger.whereabouts.WhereaboutsText;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.linkage.normalize.NameNormalizer;

/**
 * Computes a person's summary row from their active records: the values by {@link LedgerViewDerivation} (the same
 * rules as the person's ledger entry, so a list never says something the entry does not), the name keys from the
 * spelling of every record (a person recorded as 髙橋 and as たかはし is found by either), the address key from the
 * derived registered address. Pure.
 *
 * <p>A record's name keys, reading and address key are taken from what was worked out when it was stored
 * ({@link RecordSearchKeys}) where that is there and of the current version; otherwise the record is normalised here.
 * Both give the same row.
 */
final class SummaryDerivation {

    private final NameNormalizer names;
    private final NameKeys nameKeys;
    private final AddressNormalizer addresses;
    private final KanjiVariants variants;

    private final WhereaboutsText whereabouts;
    private final RecordSearchKeys stored;

    SummaryDerivation(NameNormalizer names, AddressNormalizer addresses, KanjiVariants variants,
                      WhereaboutsText whereabouts, RecordSearchKeys stored) {
        this.names = names;
        this.nameKeys = new NameKeys(names);
        this.addresses = addresses;
        this.variants = variants;
        this.whereabouts = whereabouts;
        this.stored = stored;
    }

    /**
     * @param lastLinked the latest decision among the records' current links: when the person last changed
     * @param searchKeys the records' stored search keys by record id (any may be missing)
     */
    SummaryRow derive(UUID personId, UUID disasterId, List<SourceRecord> records,
                      Map<UUID, WhereaboutsDetail.Stated> details, Instant lastLinked, Map<UUID, String> searchKeys) {
        LedgerView view = LedgerViewDerivation.derive(personId, records);
        Optional<WhereaboutsEntry> current = WhereaboutsHistory.of(records, details, whereabouts).current();
        Map<UUID, RecordSearchKeys.Stored> keysOf = new HashMap<>();
        searchKeys.forEach((record, text) -> stored.decode(text).ifPresent(k -> keysOf.put(record, k)));
        AddressKey address = view.address().map(a -> addressKey(a, records, keysOf)).orElse(AddressKey.NONE);
        Set<String> keys = new TreeSet<>();
        for (SourceRecord record : records) {
            RecordSearchKeys.Stored known = keysOf.get(record.id());
            if (known != null) {
                known.nameKeys().forEach(key -> NameKeys.addPrefixes(key, keys));
            } else {
                RecordValues values = record.values();
                nameKeys.addKeys(values.fullName().orElse(""), values.fullNameKana().orElse(""), keys);
            }
        }
        // Sorted by the reading of the name the entry shows: its ふりがな, else the reading guessed from the kanji.
        String reading = reading(view.fullName().orElse(""), view.fullNameKana().orElse(""), records, keysOf);
        Optional<CertificateStatus> certificate = view.item(LedgerField.CERTIFICATE_STATUS).map(Traced::value)
                .map(CertificateStatus.class::cast);
        PersonSummary summary = new PersonSummary(personId, disasterId, view.fullName(), view.fullNameKana(), view.birthDate(),
                view.sex(), address.municipality(), view.address(), view.whereabouts(), view.damageGrade(), view.careNeeded(),
                certificate, records.size(), lastLinked, current.map(SummaryDerivation::current).orElse(PersonSummary.Current.NONE));
        return new SummaryRow(summary, reading.isEmpty() ? Optional.empty() : Optional.of(reading), address, List.copyOf(keys),
                current.flatMap(WhereaboutsEntry::municipality).map(whereabouts::cityOf),
                current.map(WhereaboutsEntry::recordId));
    }

    /** The key of the address the entry shows: kept with a record holding that address, else worked out. */
    private AddressKey addressKey(String address, List<SourceRecord> records, Map<UUID, RecordSearchKeys.Stored> keysOf) {
        for (SourceRecord record : records) {
            RecordSearchKeys.Stored known = keysOf.get(record.id());
            if (known != null && record.values().address().filter(address::equals).isPresent()) {
                return known.address();
            }
        }
        return AddressKey.of(addresses, variants, address);
    }

    /** The reading of the name the entry shows: kept with a record spelt exactly so, else worked out. */
    private String reading(String name, String kana, List<SourceRecord> records, Map<UUID, RecordSearchKeys.Stored> keysOf) {
        for (SourceRecord record : records) {
            RecordSearchKeys.Stored known = keysOf.get(record.id());
            RecordValues values = record.values();
            if (known != null && values.fullName().orElse("").equals(name) && values.fullNameKana().orElse("").equals(kana)) {
                return known.reading();
            }
        }
        return names.normalize(name, kana).reading();
    }

    private static PersonSummary.Current current(WhereaboutsEntry entry) {
        return new PersonSummary.Current(entry.kind(), entry.municipality(), Optional.of(entry.observedAt()));
    }
}
