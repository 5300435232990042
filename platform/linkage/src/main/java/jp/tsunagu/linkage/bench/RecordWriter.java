package jp.tsunagu.linkage.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.linkage.normalize.Kana;
import jp.tsunagu.linkage.normalize.Municipality;
import jp.tsunagu.linkage.normalize.MunicipalityDirectory;

/**
 * Writes one record about a synthetic person as a given source would: notation (spaces, width, kana script, date
 * and address forms, phone formats), omissions, and errors (kanji variants, homophone kanji, long vowels, one-character
 * slips, day/month swaps, digit slips, a shelter instead of the home address).
 */
final class RecordWriter {

    private static final String SLIP_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    private static final String[] SHELTERS = {"市立第一小学校", "中央公民館", "総合体育館", "コミュニティセンター", "町民会館", "避難所（中学校）"};

    private final Random random;
    private final NameLists names;
    private final MunicipalityDirectory directory;
    private final VariantSpellings variants;

    RecordWriter(Random random, NameLists names, MunicipalityDirectory directory, VariantSpellings variants) {
        this.random = random;
        this.names = names;
        this.directory = directory;
        this.variants = variants;
    }

    PersonRecord write(String recordId, SyntheticPerson p, Source source, boolean registeredWithOldForm) {
        String familyKanji = p.family().kanji();
        String givenKanji = p.given().kanji();
        String familyKana = p.family().kana();
        String givenKana = p.given().kana();
        if (registeredWithOldForm && (source == Source.REGISTER || chance(0.3))) {
            familyKanji = variants.oldForm(familyKanji);
        }
        if (source == Source.CALL_CENTRE && chance(0.35)) {
            List<NameLists.Name> homophones = names.homophones(p.given());
            if (!homophones.isEmpty()) {
                givenKanji = homophones.get(random.nextInt(homophones.size())).kanji();
            }
        }
        if ((source == Source.CALL_CENTRE || source == Source.SHELTER) && chance(0.4)) {
            familyKana = longVowelAsHeard(familyKana);
            givenKana = longVowelAsHeard(givenKana);
        }
        double slip = switch (source) {
            case OUTREACH, SHELTER -> 0.06;
            case CALL_CENTRE -> 0.05;
            default -> 0.015;
        };
        if (chance(slip)) {
            if (chance(0.5)) {
                givenKana = slipKana(givenKana);
            } else {
                familyKana = slipKana(familyKana);
            }
        }
        boolean kanaOnly = source == Source.SHELTER ? chance(0.25) : source == Source.CALL_CENTRE ? chance(0.2) : chance(0.03);
        String separator = pick(" ", "　", "", "", " ");
        String name = kanaOnly ? kanaScript(familyKana + separator + givenKana, source) : familyKanji + separator + givenKanji;
        double kanaMissing = switch (source) {
            case REGISTER -> 0.05;
            case PORTAL -> 0.2;
            default -> 0.55;
        };
        String kana = kanaOnly || chance(kanaMissing) ? "" : kanaScript(familyKana + pick(" ", "　", "") + givenKana, source);
        return new PersonRecord(recordId, name, kana, birthDate(p.birthDate(), source), sex(p.male(), source),
                address(p, source), phone(p, source));
    }

    private String kanaScript(String kana, Source source) {
        double hiragana = source == Source.SHELTER || source == Source.OUTREACH ? 0.5 : 0.25;
        if (chance(hiragana)) {
            return Kana.toHiragana(kana);
        }
        if (source == Source.PORTAL && chance(0.4) || chance(0.05)) {
            return HalfWidth.kana(kana);
        }
        return kana;
    }

    private String birthDate(LocalDate date, Source source) {
        double missing = source == Source.SHELTER ? 0.2 : source == Source.REGISTER ? 0.01 : 0.08;
        if (chance(missing)) {
            return "";
        }
        LocalDate written = date;
        if (chance(source == Source.REGISTER ? 0.005 : 0.03) && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
            written = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        } else if (chance(source == Source.REGISTER ? 0.005 : 0.025)) {
            written = chance(0.5) ? date.plusDays(chance(0.5) ? 1 : -1) : date.plusYears(chance(0.5) ? 1 : -1);
        }
        return DateNotation.write(written, source, random);
    }

    private String sex(boolean male, Source source) {
        if (chance(source == Source.REGISTER ? 0.01 : 0.2)) {
            return pick("", "", "9");
        }
        if (chance(0.005)) {
            male = !male;
        }
        return male ? pick("男", "男性", "1", "M", "male") : pick("女", "女性", "2", "F", "female");
    }

    private String address(SyntheticPerson p, Source source) {
        if (source == Source.SHELTER && chance(0.5) || source == Source.OUTREACH && chance(0.15)) {
            return p.home().municipality().name() + SHELTERS[random.nextInt(SHELTERS.length)];
        }
        if (chance(source == Source.REGISTER ? 0.0 : 0.1)) {
            return "";
        }
        if (source == Source.CALL_CENTRE && chance(0.08)) {
            // Staying with relatives: another town's address given as the contact address.
            return AddressNotation.write(p.home().municipality().prefectureName(), "", "", p.home().municipality().name(),
                    names.town(random), p.home(), random, false);
        }
        Municipality m = p.home().municipality();
        String city = m.city().flatMap(directory::byCode).map(Municipality::name).orElse("");
        boolean full = source == Source.REGISTER || chance(0.5);
        return AddressNotation.write(full ? m.prefectureName() : "", chance(0.6) ? m.county() : "", city, m.name(),
                p.home().town(), p.home(), random, source == Source.OUTREACH || chance(0.15));
    }

    private String phone(SyntheticPerson p, Source source) {
        if (chance(source == Source.REGISTER ? 0.7 : 0.3)) {
            return "";
        }
        String number = p.mobile().isPresent() && (source == Source.PORTAL || chance(0.6)) ? p.mobile().get()
                : p.home().landline().or(p::mobile).orElse("");
        if (number.isEmpty()) {
            return "";
        }
        if (chance(0.01)) {
            number = slipDigit(number);
        }
        return PhoneNotation.write(number, random);
    }

    private String longVowelAsHeard(String kana) {
        return kana.replace("ユウ", chance(0.5) ? "ユー" : "ユウ").replace("オウ", chance(0.5) ? "オー" : "オウ")
                .replace("ョウ", chance(0.5) ? "ョー" : "ョウ").replace("オオ", chance(0.5) ? "オー" : "オオ");
    }

    private String slipKana(String kana) {
        if (kana.length() < 2) {
            return kana;
        }
        int i = random.nextInt(kana.length());
        return switch (random.nextInt(3)) {
            case 0 -> kana.substring(0, i) + SLIP_KANA.charAt(random.nextInt(SLIP_KANA.length())) + kana.substring(i + 1);
            case 1 -> kana.substring(0, i) + kana.substring(i + 1);
            default -> kana.substring(0, i) + DAKUTEN.toggle(kana.charAt(i)) + kana.substring(i + 1);
        };
    }

    private String slipDigit(String number) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int i = 3 + random.nextInt(number.length() - 3);
            if (Character.isDigit(number.charAt(i))) {
                return number.substring(0, i) + random.nextInt(10) + number.substring(i + 1);
            }
        }
        return number;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Voiced and unvoiced kana, the commonest kana slip (タ/ダ, カ/ガ). */
    private static final class DAKUTEN {
        private static final String PLAIN = "カキクケコサシスセソタチツテトハヒフヘホ";
        private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";

        static char toggle(char c) {
            int i = PLAIN.indexOf(c);
            if (i >= 0) {
                return VOICED.charAt(i);
            }
            int j = VOICED.indexOf(c);
            return j >= 0 ? PLAIN.charAt(j) : c;
        }
    }
}
