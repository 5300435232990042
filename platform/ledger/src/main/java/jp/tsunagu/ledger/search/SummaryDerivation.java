package jp.tsunagu.ledger.search;

import java.time.Instant;
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
 */
final class SummaryDerivation {

    private final NameNormalizer names;
    private final NameKeys nameKeys;
    private final AddressNormalizer addresses;
    private final KanjiVariants variants;

    private final WhereaboutsText whereabouts;

    SummaryDerivation(NameNormalizer names, AddressNormalizer addresses, KanjiVariants variants,
                      WhereaboutsText whereabouts) {
        this.names = names;
        this.nameKeys = new NameKeys(names);
        this.addresses = addresses;
        this.variants = variants;
        this.whereabouts = whereabouts;
    }

    /** @param lastLinked the latest decision among the records' current links: when the person last changed */
    SummaryRow derive(UUID personId, UUID disasterId, List<SourceRecord> records,
                      Map<UUID, WhereaboutsDetail.Stated> details, Instant lastLinked) {
        LedgerView view = LedgerViewDerivation.derive(personId, records);
        Optional<WhereaboutsEntry> current = WhereaboutsHistory.of(records, details, whereabouts).current();
        AddressKey address = view.address().map(a -> AddressKey.of(addresses, variants, a)).orElse(AddressKey.NONE);
        Set<String> keys = new TreeSet<>();
        for (SourceRecord record : records) {
            RecordValues values = record.values();
            nameKeys.addKeys(values.fullName().orElse(""), values.fullNameKana().orElse(""), keys);
        }
        // Sorted by the reading of the name the entry shows: its ふりがな, else the reading guessed from the kanji.
        String reading = names.normalize(view.fullName().orElse(""), view.fullNameKana().orElse("")).reading();
        Optional<CertificateStatus> certificate = view.item(LedgerField.CERTIFICATE_STATUS).map(Traced::value)
                .map(CertificateStatus.class::cast);
        PersonSummary summary = new PersonSummary(personId, disasterId, view.fullName(), view.fullNameKana(), view.birthDate(),
                view.sex(), address.municipality(), view.address(), view.whereabouts(), view.damageGrade(), view.careNeeded(),
                certificate, records.size(), lastLinked, current.map(SummaryDerivation::current).orElse(PersonSummary.Current.NONE));
        return new SummaryRow(summary, reading.isEmpty() ? Optional.empty() : Optional.of(reading), address, List.copyOf(keys),
                current.flatMap(WhereaboutsEntry::municipality).map(whereabouts::cityOf),
                current.map(WhereaboutsEntry::recordId));
    }

    private static PersonSummary.Current current(WhereaboutsEntry entry) {
        return new PersonSummary.Current(entry.kind(), entry.municipality(), Optional.of(entry.observedAt()));
    }
}
