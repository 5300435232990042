package jp.tsunagu.ledger.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.linkage.match.NormalizationVersion;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.linkage.normalize.NameNormalizer;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * What a person's search summary needs of one record, worked out once when the record is stored and kept beside it
 * ({@code ledger_source_record.search_keys}): the whole name keys of its spelling, the reading of its name, and the key
 * of its address. A summary is rewritten every time one of the person's records changes links, so without them every
 * record of a person was normalised again (kuromoji readings, address resolution) at each of those rewrites.
 *
 * <p>The text starts with a version made of the normalisation tables' version, this format's own and the home
 * prefecture the address was resolved in; {@link #decode} refuses any other, and the summary then normalises the record
 * as before, so a record stored before, or by a path that does not keep keys, is summarised the same. The keys are as
 * personal as the record. Thread-safe.
 */
public final class RecordSearchKeys {

    private static final String FORMAT = "s1";
    private static final char FIELD = '\t';
    private static final char ITEM = '\u001f';
    private static final int FIELDS = 8;

    private final String version;
    private final NameKeys nameKeys;
    private final NameNormalizer names;
    private final AddressNormalizer addresses;
    private final KanjiVariants variants;

    RecordSearchKeys(PrefectureCode home, NameNormalizer names, AddressNormalizer addresses, KanjiVariants variants) {
        this.version = FORMAT + "/" + NormalizationVersion.current() + "/" + home.value();
        this.nameKeys = new NameKeys(names);
        this.names = names;
        this.addresses = addresses;
        this.variants = variants;
    }

    /** The keys as a tenant's records are summarised: names and addresses as {@link PersonSummaries} normalises them. */
    public static RecordSearchKeys of(PrefectureCode home) {
        return new RecordSearchKeys(home, NameNormalizer.bundled(), AddressNormalizer.bundled(Optional.of(home)),
                KanjiVariants.bundled());
    }

    /** The stored text of a record's keys; empty when a value holds a separator (the summary normalises it then). */
    public Optional<String> encode(String fullName, String fullNameKana, String address) {
        String name = nonNull(fullName);
        String kana = nonNull(fullNameKana);
        String place = nonNull(address);
        Stored stored = new Stored(names.normalize(name, kana).reading(), nameKeys.spellingKeys(name, kana),
                place.isEmpty() ? AddressKey.NONE : AddressKey.of(addresses, variants, place));
        StringBuilder text = new StringBuilder(160).append(version);
        field(text, stored.reading());
        StringBuilder keys = new StringBuilder();
        for (String key : stored.nameKeys()) {
            if (key.indexOf(ITEM) >= 0) {
                return Optional.empty();
            }
            keys.append(keys.isEmpty() ? "" : String.valueOf(ITEM)).append(key);
        }
        field(text, keys);
        AddressKey a = stored.address();
        field(text, a.prefecture().map(PrefectureCode::value).orElse(""));
        field(text, a.municipality().map(MunicipalityCode::value).orElse(""));
        field(text, a.city().map(MunicipalityCode::value).orElse(""));
        field(text, a.detail());
        field(text, a.text());
        return text.chars().filter(c -> c == FIELD).count() == FIELDS - 1 ? Optional.of(text.toString()) : Optional.empty();
    }

    /** The keys in a stored text; empty when there is none or it was made by another version or for another home. */
    Optional<Stored> decode(String text) {
        if (text == null || !text.startsWith(version + FIELD)) {
            return Optional.empty();
        }
        List<String> fields = split(text, FIELD);
        if (fields.size() != FIELDS) {
            return Optional.empty();
        }
        List<String> keys = fields.get(2).isEmpty() ? List.of() : split(fields.get(2), ITEM);
        AddressKey address = new AddressKey(code(fields.get(3)).map(PrefectureCode::new), code(fields.get(4)).map(MunicipalityCode::new),
                code(fields.get(5)).map(MunicipalityCode::new), fields.get(6), fields.get(7));
        return Optional.of(new Stored(fields.get(1), Collections.unmodifiableList(keys), address));
    }

    /** One record's keys: the reading of its name, its whole name keys (tagged, before prefixes), its address key. */
    record Stored(String reading, List<String> nameKeys, AddressKey address) {
    }

    private static void field(StringBuilder text, CharSequence value) {
        text.append(FIELD).append(value);
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>(FIELDS);
        int start = 0;
        for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, start)) {
            parts.add(text.substring(start, i));
            start = i + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static Optional<String> code(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
