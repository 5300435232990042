package jp.tsunagu.ledger.search;

import static jp.tsunagu.ledger.testing.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.testing.Records;
import jp.tsunagu.ledger.whereabouts.WhereaboutsText;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.linkage.normalize.NameNormalizer;
import jp.tsunagu.tenants.reference.PrefectureCode;

class SummaryDerivationTest {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final UUID PERSON = UUID.randomUUID();
    static final Instant LINKED = Instant.parse("2024-01-21T00:00:00Z");

    final NameNormalizer names = NameNormalizer.bundled();
    final AddressNormalizer addresses = AddressNormalizer.bundled(Optional.of(ISHIKAWA));
    final RecordSearchKeys searchKeys = new RecordSearchKeys(ISHIKAWA, names, addresses, KanjiVariants.bundled());
    final SummaryDerivation derivation = new SummaryDerivation(names, addresses, KanjiVariants.bundled(),
            WhereaboutsText.bundled(ISHIKAWA), searchKeys);

    // Spellings that normalise differently: variants, kana only, a kanji name without ふりがな (a guessed reading),
    // family and given name in different scripts, half-width kana, an address without its prefecture.
    final List<SourceRecord> records = List.of(
            record(SourceKind.RESIDENT_REGISTER, "2024-01-01T00:00:00Z", RecordValues.builder()
                    .set(LedgerField.FULL_NAME, "髙橋 一郎").set(LedgerField.FULL_NAME_KANA, "タカハシ イチロウ")
                    .set(LedgerField.BIRTH_DATE, LocalDate.of(1955, 4, 12))
                    .set(LedgerField.ADDRESS, "石川県輪島市河井町一丁目23番地").build()),
            record(SourceKind.SHELTER_ROSTER, "2024-01-02T00:00:00Z", RecordValues.builder()
                    .set(LedgerField.FULL_NAME, "高橋　一朗").set(LedgerField.WHEREABOUTS, "輪島中学校")
                    .set(LedgerField.ADDRESS, "輪島市河井町1-23").build()),
            record(SourceKind.OUTREACH_VISIT, "2024-01-20T00:00:00Z", RecordValues.builder()
                    .set(LedgerField.FULL_NAME, "たかはし いちろう").set(LedgerField.WHEREABOUTS, "長男宅（金沢市）").build()),
            record(SourceKind.CALL_CENTRE, "2024-01-21T00:00:00Z", RecordValues.builder()
                    .set(LedgerField.FULL_NAME, "高橋 ｲﾁﾛｳ").set(LedgerField.FULL_NAME_KANA, "ﾀｶﾊｼ ｲﾁﾛｳ").build()));

    @Test
    void storedKeysGiveTheSameSummaryAsNormalisingEveryRecord() {
        SummaryRow normalised = derive(Map.of());
        SummaryRow fromStored = derive(stored(records));

        assertEquals(normalised, fromStored);
        assertEquals(normalised.nameKeys(), fromStored.nameKeys());
        assertEquals(normalised.address(), fromStored.address());
        assertEquals(normalised.sortKana(), fromStored.sortKana());
        assertTrue(fromStored.nameKeys().contains("W:高橋"), "variants folded: " + fromStored.nameKeys());
        assertTrue(fromStored.address().municipality().isPresent());
    }

    @Test
    void aPersonWithSomeRecordsStoredWithoutKeysIsSummarisedTheSame() {
        Map<UUID, String> some = new HashMap<>(stored(records));
        some.remove(records.get(0).id());
        some.remove(records.get(2).id());

        assertEquals(derive(Map.of()), derive(some));
    }

    @Test
    void keysOfAnotherVersionOrHomeAreNotUsed() {
        SourceRecord register = records.get(0);
        String text = searchKeys.encode("髙橋 一郎", "タカハシ イチロウ", "石川県輪島市河井町一丁目23番地").orElseThrow();
        assertTrue(searchKeys.decode(text).isPresent());
        RecordSearchKeys otherHome = new RecordSearchKeys(PrefectureCode.of(13), names,
                AddressNormalizer.bundled(Optional.of(PrefectureCode.of(13))), KanjiVariants.bundled());
        assertTrue(otherHome.decode(text).isEmpty(), "resolved in another home prefecture");
        assertTrue(searchKeys.decode("s0/" + text.substring(3)).isEmpty(), "another format");
        assertTrue(searchKeys.decode(null).isEmpty());

        // Keys kept for a record that do not belong to it are not read as its own unless they decode: a wrong
        // version is ignored, and the record is normalised instead.
        Map<UUID, String> wrong = new HashMap<>(stored(records));
        wrong.put(register.id(), "s0/garbage");
        assertEquals(derive(Map.of()), derive(wrong));
    }

    @Test
    void separatorsInAValueNeverChangeTheKeysReadBack() {
        NameKeys nameKeys = new NameKeys(names);
        for (String name : List.of("高橋\t一郎", "高橋\u001f一郎", "\t", "高橋 一郎")) {
            Optional<String> text = searchKeys.encode(name, "", "輪島市\t河井町\u001f1-23");
            text.ifPresent(t -> assertEquals(nameKeys.spellingKeys(name, ""), searchKeys.decode(t).orElseThrow().nameKeys(), name));
        }
        assertNotEquals(Optional.empty(), searchKeys.encode("高橋 一郎", null, null));
    }

    private SummaryRow derive(Map<UUID, String> keys) {
        return derivation.derive(PERSON, Records.DISASTER, records, Map.of(), LINKED, keys);
    }

    private Map<UUID, String> stored(List<SourceRecord> of) {
        Map<UUID, String> keys = new HashMap<>();
        for (SourceRecord record : of) {
            RecordValues v = record.values();
            searchKeys.encode(v.fullName().orElse(null), v.fullNameKana().orElse(null), v.address().orElse(null))
                    .ifPresent(text -> keys.put(record.id(), text));
        }
        return keys;
    }
}
