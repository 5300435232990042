package jp.tsunagu.ledger.whereabouts;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.Municipality;
import jp.tsunagu.linkage.normalize.MunicipalityDirectory;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Reads an imported record's 居所, which is free text ("輪島市立輪島中学校", "七尾市の長女宅", "珠洲市内で車中泊"): the kind
 * from words that name it, the municipality from a municipality name the text starts with (the linkage module's
 * address normaliser, home prefecture the tenant's). Words are checked in a fixed order, most telling first (不明
 * before anything, 仮設 before 住宅, 避難所 before 施設). Text that names no kind gives none: the entry shows the text and
 * counts as located, not as unknown.
 */
public final class WhereaboutsText {

    private record Rule(WhereaboutsKind kind, List<String> words) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(WhereaboutsKind.UNKNOWN, List.of("不明", "所在不明", "連絡取れず", "連絡とれず")),
            new Rule(WhereaboutsKind.TEMPORARY_HOUSING, List.of("仮設", "応急住宅", "みなし")),
            new Rule(WhereaboutsKind.HOTEL, List.of("ホテル", "旅館", "民宿", "2次避難", "二次避難")),
            new Rule(WhereaboutsKind.OTHER_SHELTER, List.of("車中泊", "テント", "自主避難", "福祉避難所")),
            new Rule(WhereaboutsKind.DESIGNATED_SHELTER, List.of("避難所", "学校", "公民館", "体育館", "集会所",
                    "コミュニティセンター", "センター")),
            new Rule(WhereaboutsKind.HOSPITAL_OR_CARE, List.of("病院", "医院", "診療所", "施設", "老人ホーム", "特養",
                    "グループホーム")),
            new Rule(WhereaboutsKind.OWN_HOME, List.of("自宅", "在宅")),
            new Rule(WhereaboutsKind.RELATIVES_HOME, List.of("親戚", "親類", "親族", "知人", "友人", "実家", "宅", "方")));

    private final MunicipalityDirectory directory;
    private final AddressNormalizer addresses;

    public WhereaboutsText(MunicipalityDirectory directory, AddressNormalizer addresses) {
        this.directory = directory;
        this.addresses = addresses;
    }

    /** With the bundled municipality list; {@code home} is the tenant's prefecture (for names that need one). */
    public static WhereaboutsText bundled(jp.tsunagu.tenants.reference.PrefectureCode home) {
        MunicipalityDirectory directory = MunicipalityDirectory.bundled();
        return new WhereaboutsText(directory, new AddressNormalizer(directory, Optional.of(home)));
    }

    /** The kind the text names, if any. */
    public static Optional<WhereaboutsKind> kindOf(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (Rule rule : RULES) {
            if (rule.words().stream().anyMatch(folded::contains)) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }

    /** The municipality (or ward) the text starts with, if it names one. */
    public Optional<MunicipalityCode> municipalityOf(String text) {
        return addresses.normalize(text).municipality().map(Municipality::code);
    }

    /** The designated city a ward belongs to, else the municipality itself. */
    public MunicipalityCode cityOf(MunicipalityCode municipality) {
        return directory.cityLevelOf(municipality);
    }
}
