package jp.tsunagu.linkage.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.tsunagu.linkage.normalize.Municipality;
import jp.tsunagu.linkage.normalize.MunicipalityDirectory;
import jp.tsunagu.linkage.normalize.NormalizedAddress;
import jp.tsunagu.linkage.normalize.PersonName;
import jp.tsunagu.linkage.normalize.PhoneNumber;
import jp.tsunagu.linkage.normalize.Sex;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A record's matching keys as one line of text, to keep beside the record and read back instead of normalising it
 * again (kuromoji readings and address resolution are the expensive part of linking). The line starts with the
 * {@link NormalizationVersion} that made it; {@link #decode} refuses any other version, so old and new keys never
 * meet in one comparison. Fields follow a tab each, as length and value ({@code 4:タカハシ}). The keys are as personal
 * as the record they come from. Thread-safe.
 */
public final class MatchingKeys {

    private static final int FIELDS = 14;
    private static final Map<String, Optional<PrefectureCode>> PREFECTURES = new ConcurrentHashMap<>();
    private static final Map<String, Optional<Municipality>> MUNICIPALITIES = new ConcurrentHashMap<>();

    private MatchingKeys() {
    }

    /** The keys without the record's id (the id is the row the text is stored in). */
    public static String encode(NormalizedRecord record) {
        StringBuilder text = new StringBuilder(128).append(NormalizationVersion.current());
        PersonName name = record.name();
        NormalizedAddress address = record.address();
        Optional<PhoneNumber> phone = record.phone();
        field(text, name.written());
        field(text, name.folded());
        field(text, name.reading());
        field(text, name.readingDerived() ? "D" : "");
        field(text, name.phonetic());
        field(text, record.birthDate().map(LocalDate::toString).orElse(""));
        field(text, record.sex().name());
        field(text, address.prefecture().map(PrefectureCode::value).orElse(""));
        field(text, address.municipality().map(m -> m.code().value()).orElse(""));
        field(text, address.detail());
        field(text, address.institutional() ? "I" : "");
        field(text, phone.map(PhoneNumber::digits).orElse(""));
        field(text, phone.map(p -> p.kind().name()).orElse(""));
        return text.toString();
    }

    /** The keys of record {@code id}; empty when the text is of another normalisation version or not keys at all. */
    public static Optional<NormalizedRecord> decode(String id, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            List<String> f = split(text);
            if (f.size() != FIELDS || !f.get(0).equals(NormalizationVersion.current())) {
                return Optional.empty();
            }
            // Millions of these stay in memory while linking: equal keys of one record share one string, and the
            // places are the directory's own, one instance each.
            String written = f.get(1);
            String reading = f.get(3);
            PersonName name = new PersonName(written, same(f.get(2), written), reading, f.get(4).equals("D"),
                    same(f.get(5), reading));
            NormalizedAddress address = new NormalizedAddress(PREFECTURES.computeIfAbsent(f.get(8), MatchingKeys::prefecture),
                    MUNICIPALITIES.computeIfAbsent(f.get(9), MatchingKeys::municipality), f.get(10), f.get(11).equals("I"));
            Optional<PhoneNumber> phone = f.get(12).isEmpty() ? Optional.empty()
                    : Optional.of(new PhoneNumber(f.get(12), PhoneNumber.Kind.valueOf(f.get(13))));
            Optional<LocalDate> birth = f.get(6).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f.get(6)));
            return Optional.of(new NormalizedRecord(id, name, birth, Sex.valueOf(f.get(7)), address, phone));
        } catch (RuntimeException e) {
            return Optional.empty(); // not keys written by encode: the caller normalises the record instead
        }
    }

    private static String same(String value, String other) {
        return value.equals(other) ? other : value;
    }

    private static Optional<PrefectureCode> prefecture(String code) {
        return code.isEmpty() ? Optional.empty() : Optional.of(PrefectureCode.of(code));
    }

    private static Optional<Municipality> municipality(String code) {
        return code.isEmpty() ? Optional.empty()
                : Optional.of(MunicipalityDirectory.bundled().byCode(MunicipalityCode.of(code)).orElseThrow());
    }

    /** A field is its length in chars, a colon and the value: nothing inside a value needs escaping. */
    private static void field(StringBuilder text, String value) {
        text.append('\t').append(value.length()).append(':').append(value);
    }

    private static List<String> split(String text) {
        List<String> fields = new ArrayList<>(FIELDS);
        int tab = text.indexOf('\t');
        if (tab < 0) {
            return fields;
        }
        fields.add(text.substring(0, tab));
        int at = tab;
        while (at < text.length()) {
            int colon = text.indexOf(':', at + 1);
            if (text.charAt(at) != '\t' || colon < 0) {
                throw new IllegalArgumentException("not matching keys");
            }
            int end = colon + 1 + Integer.parseInt(text, at + 1, colon, 10);
            fields.add(text.substring(colon + 1, end));
            at = end;
        }
        return fields;
    }
}
