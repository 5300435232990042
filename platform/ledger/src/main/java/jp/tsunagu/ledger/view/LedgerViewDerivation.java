package jp.tsunagu.ledger.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;

/**
 * Derives a person's {@link LedgerView} from the source records linked to them. The rules, item by item:
 * <ol>
 * <li>A staff correction stating the item wins over everything (the latest correction, if several); not for 居所,
 *     which changes with time: there a correction competes by its time like any other record (rule 5).</li>
 * <li>The basic items (氏名, ふりがな, 生年月日, 性別, 住所), the household items (世帯番号, 続柄, 世帯人数) and 個人番号 come
 *     from the resident register if it states them (the latest extract), because it is the legal record of them. A
 *     resident's self-report whose basic items were verified with their My Number card (公的個人認証) counts as the
 *     register for 氏名, 生年月日, 性別 and 住所 (what the card carries): the latest of the two wins.</li>
 * <li>援護の実施状況 accumulates: every entry any record states, in the order they were observed, each traced to the
 *     records that state it.</li>
 * <li>要配慮者: true as soon as any record says so (traced to all that do), false only if records state it and none
 *     says true; a staff correction can clear it.</li>
 * <li>Everything else (居所, contact, damage, certificate, consent, reasons, notes): the record speaking for the latest
 *     time (observed, else received; ties by arrival and row).</li>
 * </ol>
 * Pure: the same records always give the same view.
 */
public final class LedgerViewDerivation {

    private LedgerViewDerivation() {
    }

    public static LedgerView derive(UUID personId, List<SourceRecord> linked) {
        List<SourceRecord> records = new ArrayList<>(linked);
        records.sort(SourceRecord.CHRONOLOGICAL);
        Map<LedgerField, Traced<?>> items = new EnumMap<>(LedgerField.class);
        for (LedgerField field : LedgerField.values()) {
            derive(field, records).ifPresent(traced -> items.put(field, traced));
        }
        return new LedgerView(personId, items, records.stream().map(SourceRecord::id).toList());
    }

    private static Optional<Traced<?>> derive(LedgerField field, List<SourceRecord> chronological) {
        if (field == LedgerField.WHEREABOUTS) {
            return whereabouts(chronological);
        }
        Optional<Traced<?>> corrected = latest(field, chronological, SourceKind.STAFF_CORRECTION, DerivationRule.STAFF_CORRECTION);
        if (corrected.isPresent()) {
            return corrected;
        }
        if (registerIsAuthoritative(field)) {
            Optional<Traced<?>> registered = latestOfficial(field, chronological);
            if (registered.isPresent()) {
                return registered;
            }
        }
        return switch (field) {
            case SUPPORT_PROVIDED -> accumulated(chronological);
            case CARE_NEEDED -> flaggedByAny(chronological);
            default -> latest(field, chronological, null, DerivationRule.LATEST_OBSERVATION);
        };
    }

    static boolean registerIsAuthoritative(LedgerField field) {
        return field.isBasicItem() || field == LedgerField.HOUSEHOLD_KEY || field == LedgerField.HOUSEHOLD_RELATIONSHIP
                || field == LedgerField.HOUSEHOLD_SIZE || field == LedgerField.MY_NUMBER;
    }

    private static Optional<Traced<?>> latest(LedgerField field, List<SourceRecord> chronological, SourceKind onlyKind,
                                              DerivationRule rule) {
        for (int i = chronological.size() - 1; i >= 0; i--) {
            SourceRecord record = chronological.get(i);
            if (onlyKind != null && record.kind() != onlyKind) {
                continue;
            }
            Optional<Object> value = record.values().get(field);
            if (value.isPresent()) {
                return Optional.of(new Traced<>(value.get(), List.of(record.id()), rule));
            }
        }
        return Optional.empty();
    }

    private static Optional<Traced<?>> latestOfficial(LedgerField field, List<SourceRecord> chronological) {
        for (int i = chronological.size() - 1; i >= 0; i--) {
            SourceRecord record = chronological.get(i);
            Optional<Object> value = record.isOfficialFor(field) ? record.values().get(field) : Optional.empty();
            if (value.isPresent()) {
                DerivationRule rule = record.kind() == SourceKind.RESIDENT_REGISTER ? DerivationRule.RESIDENT_REGISTER
                        : DerivationRule.VERIFIED_BY_CARD;
                return Optional.of(new Traced<>(value.get(), List.of(record.id()), rule));
            }
        }
        return Optional.empty();
    }

    // 居所 changes with time: a correction of it is one more observation, and a later one (a move) wins over it. When
    // the correction is the latest, it is named as what decided.
    private static Optional<Traced<?>> whereabouts(List<SourceRecord> chronological) {
        for (int i = chronological.size() - 1; i >= 0; i--) {
            SourceRecord record = chronological.get(i);
            Optional<Object> value = record.values().get(LedgerField.WHEREABOUTS);
            if (value.isPresent()) {
                return Optional.of(new Traced<>(value.get(), List.of(record.id()), record.kind() == SourceKind.STAFF_CORRECTION
                        ? DerivationRule.STAFF_CORRECTION : DerivationRule.LATEST_OBSERVATION));
            }
        }
        return Optional.empty();
    }

    private static Optional<Traced<?>> accumulated(List<SourceRecord> chronological) {
        Map<String, List<UUID>> entries = new LinkedHashMap<>();
        for (SourceRecord record : chronological) {
            for (String entry : record.values().supportProvided()) {
                entries.computeIfAbsent(entry, e -> new ArrayList<>()).add(record.id());
            }
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> sources = entries.values().stream().flatMap(List::stream).distinct().toList();
        return Optional.of(new Traced<>(List.copyOf(entries.keySet()), sources, DerivationRule.ACCUMULATED));
    }

    private static Optional<Traced<?>> flaggedByAny(List<SourceRecord> chronological) {
        List<UUID> flagging = chronological.stream()
                .filter(r -> r.values().get(LedgerField.CARE_NEEDED).map(Boolean.TRUE::equals).orElse(false))
                .map(SourceRecord::id)
                .toList();
        if (!flagging.isEmpty()) {
            return Optional.of(new Traced<>(Boolean.TRUE, flagging, DerivationRule.FLAGGED_BY_ANY));
        }
        return latest(LedgerField.CARE_NEEDED, chronological, null, DerivationRule.LATEST_OBSERVATION);
    }
}
