package jp.tsunagu.linkage.normalize;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Resolves the prefecture and municipality of a free-text address and normalises the rest. Handles a missing
 * prefecture (輪島市河井町…), 郡 written or left out (鳳珠郡能登町 / 能登町), wards of designated cities (金沢市 has
 * none, 札幌市中央区 / 中央区 has), and names shared by several prefectures (府中市: resolved only when the prefecture
 * or the tenant's home prefecture tells which).
 */
public final class AddressNormalizer {

    private static final Pattern POSTCODE = Pattern.compile("^〒?\\s*\\d{3}-?\\d{4}\\s*");
    // Facilities only: 寺, 神社 and 教会 are left out because they are part of many place names (国分寺市, 浄法寺町).
    private static final Pattern INSTITUTION = Pattern.compile(
            "避難所|避難場所|小学校|中学校|高校|高等学校|学校|公民館|体育館|集会所|センター|会館|ホテル|旅館|病院|施設|ホーム|仮設|福祉避難|役場|市役所|町役場|村役場|支所"
            + "|コミュニティ|道の駅|交流館|交流センター|集会場|研修所|アリーナ|保育所|保育園|幼稚園|こども園|大学|介護|老人");

    private final MunicipalityDirectory directory;
    private final Optional<PrefectureCode> homePrefecture;

    /** @param homePrefecture the tenant's prefecture, used when an address names no prefecture and the name is ambiguous */
    public AddressNormalizer(MunicipalityDirectory directory, Optional<PrefectureCode> homePrefecture) {
        this.directory = directory;
        this.homePrefecture = homePrefecture;
    }

    public static AddressNormalizer bundled(Optional<PrefectureCode> homePrefecture) {
        return new AddressNormalizer(MunicipalityDirectory.bundled(), homePrefecture);
    }

    public NormalizedAddress normalize(String address) {
        String text = POSTCODE.matcher(JapaneseText.withoutSpaces(address)).replaceFirst("");
        if (text.isEmpty()) {
            return NormalizedAddress.NONE;
        }
        String key = directory.key(text);
        Optional<PrefectureCode> prefecture = Optional.empty();
        int position = 0;
        for (Map.Entry<String, PrefectureCode> p : directory.prefectures().entrySet()) {
            if (key.startsWith(p.getKey())) {
                prefecture = Optional.of(p.getValue());
                position = p.getKey().length();
                break;
            }
        }
        List<Municipality> candidates = directory.startingAt(key, position);
        Optional<Municipality> municipality = choose(candidates, prefecture.or(() -> homePrefecture), prefecture.isPresent());
        if (municipality.isPresent()) {
            position += matchedLength(key, position, municipality.get());
            prefecture = Optional.of(municipality.get().prefecture());
        }
        String detail = AddressDetail.normalize(key.substring(position));
        boolean institutional = INSTITUTION.matcher(text).find();
        return new NormalizedAddress(prefecture, municipality, detail, institutional);
    }

    private static Optional<Municipality> choose(List<Municipality> candidates, Optional<PrefectureCode> prefecture,
                                                 boolean prefectureWritten) {
        if (prefecture.isPresent()) {
            List<Municipality> inPrefecture = candidates.stream().filter(m -> m.prefecture().equals(prefecture.get())).toList();
            if (inPrefecture.size() == 1) {
                return Optional.of(inPrefecture.get(0));
            }
            if (prefectureWritten) {
                return Optional.empty();
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private int matchedLength(String key, int from, Municipality m) {
        // The longest of the names under which the municipality is filed that starts at this position.
        int best = 0;
        for (String name : List.of(m.name(), m.county() + m.name(), cityPrefixOf(m) + m.name())) {
            String k = directory.key(name);
            if (key.startsWith(k, from)) {
                best = Math.max(best, k.length());
            }
        }
        return best;
    }

    private String cityPrefixOf(Municipality ward) {
        return ward.city().flatMap(directory::byCode).map(Municipality::name).orElse("");
    }
}
