package jp.tsunagu.linkage.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.BirthDateParser;
import jp.tsunagu.linkage.normalize.JapaneseText;
import jp.tsunagu.linkage.normalize.NameNormalizer;
import jp.tsunagu.linkage.normalize.PhoneNumber;
import jp.tsunagu.linkage.normalize.Sex;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** Turns a {@link PersonRecord} into matching keys and says which non-blank fields could not be read. Thread-safe. */
public final class RecordNormalizer {

    private final NameNormalizer names;
    private final BirthDateParser dates;
    private final AddressNormalizer addresses;

    public RecordNormalizer(NameNormalizer names, BirthDateParser dates, AddressNormalizer addresses) {
        this.names = names;
        this.dates = dates;
        this.addresses = addresses;
    }

    /** With the bundled tables; {@code homePrefecture} resolves municipality names shared by several prefectures. */
    public static RecordNormalizer bundled(Optional<PrefectureCode> homePrefecture) {
        return new RecordNormalizer(NameNormalizer.bundled(), BirthDateParser.asOfToday(), AddressNormalizer.bundled(homePrefecture));
    }

    public Normalized normalize(PersonRecord record) {
        List<String> unreadable = new ArrayList<>(0);
        Optional<LocalDate> birthDate = dates.parse(record.birthDate());
        if (birthDate.isEmpty() && !JapaneseText.isBlank(record.birthDate())) {
            unreadable.add("birth_date");
        }
        Optional<Sex> sex = Sex.parse(record.sex());
        if (sex.isEmpty()) {
            unreadable.add("sex");
        }
        Optional<PhoneNumber> phone = PhoneNumber.parse(record.phone());
        if (phone.isEmpty() && !JapaneseText.isBlank(record.phone())) {
            unreadable.add("phone");
        }
        NormalizedRecord normalized = new NormalizedRecord(record.id(), names.normalize(record.name(), record.nameKana()),
                birthDate, sex.orElse(Sex.UNKNOWN), addresses.normalize(record.address()), phone);
        return new Normalized(normalized, List.copyOf(unreadable));
    }

    /** The keys, and the names of fields that had a value nobody could read (values are never reported). */
    public record Normalized(NormalizedRecord record, List<String> unreadableFields) {
    }
}
