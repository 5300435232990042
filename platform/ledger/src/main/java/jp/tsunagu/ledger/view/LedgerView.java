package jp.tsunagu.ledger.view;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.mynumber.EncryptedMyNumber;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.Sex;

/**
 * What the ledger says about one person now: each item derived from the records linked to them, with where it came
 * from. Never stored: recomputed from the records, so it cannot drift from them. {@code toString} names the items,
 * not their values.
 */
public final class LedgerView {

    private final UUID personId;
    private final Map<LedgerField, Traced<?>> items;
    private final List<UUID> records;

    LedgerView(UUID personId, Map<LedgerField, Traced<?>> items, List<UUID> records) {
        this.personId = personId;
        this.items = items.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(items));
        this.records = List.copyOf(records);
    }

    public UUID personId() {
        return personId;
    }

    /** Every record linked to the person, oldest first. */
    public List<UUID> records() {
        return records;
    }

    public Optional<Traced<?>> item(LedgerField field) {
        return Optional.ofNullable(items.get(field));
    }

    public Map<LedgerField, Traced<?>> items() {
        return items;
    }

    public Optional<String> fullName() {
        return value(LedgerField.FULL_NAME, String.class);
    }

    public Optional<String> fullNameKana() {
        return value(LedgerField.FULL_NAME_KANA, String.class);
    }

    public Optional<LocalDate> birthDate() {
        return value(LedgerField.BIRTH_DATE, LocalDate.class);
    }

    public Optional<Sex> sex() {
        return value(LedgerField.SEX, Sex.class);
    }

    public Optional<String> address() {
        return value(LedgerField.ADDRESS, String.class);
    }

    public Optional<String> whereabouts() {
        return value(LedgerField.WHEREABOUTS, String.class);
    }

    public Optional<DamageGrade> damageGrade() {
        return value(LedgerField.DAMAGE_GRADE, DamageGrade.class);
    }

    public boolean careNeeded() {
        return value(LedgerField.CARE_NEEDED, Boolean.class).orElse(false);
    }

    @SuppressWarnings("unchecked")
    public List<String> supportProvided() {
        return value(LedgerField.SUPPORT_PROVIDED, List.class).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    public List<String> consentedParties() {
        return value(LedgerField.CONSENTED_PARTIES, List.class).orElse(List.of());
    }

    /** The encrypted number only; decrypting it needs the cipher and an explicit disclosure (see LedgerExport). */
    public Optional<EncryptedMyNumber> myNumber() {
        return value(LedgerField.MY_NUMBER, EncryptedMyNumber.class);
    }

    private <T> Optional<T> value(LedgerField field, Class<T> type) {
        return item(field).map(Traced::value).map(type::cast);
    }

    @Override
    public String toString() {
        return "LedgerView[" + personId + ", items=" + items.keySet() + "]";
    }
}
