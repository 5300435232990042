package jp.tsunagu.linkage.normalize;

/**
 * Builds a {@link PersonName} from a name and an optional kana field. Spaces between family and given name (ASCII or
 * ideographic, or none) do not matter; hiragana and katakana, full and half width are one; a kana-only name serves
 * as its own reading; kanji names without kana get a guessed reading.
 */
public final class NameNormalizer {

    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile("(?:様|さん|殿)$");
    private static final java.util.regex.Pattern BRACKETED_KANA = java.util.regex.Pattern.compile("^(.+?)[(\\[【]([ぁ-ゖァ-ヺー]+)[)\\]】]$");

    private final KanjiVariants variants;
    private final NameReadings readings;

    public NameNormalizer(KanjiVariants variants, NameReadings readings) {
        this.variants = variants;
        this.readings = readings;
    }

    public static NameNormalizer bundled() {
        return new NameNormalizer(KanjiVariants.bundled(), new NameReadings(KanjiVariants.bundled()));
    }

    public PersonName normalize(String name, String kana) {
        String written = HONORIFIC.matcher(JapaneseText.withoutSpaces(name).replace("・", "")).replaceFirst("");
        String givenKana = JapaneseText.withoutSpaces(kana).replace("・", "");
        // Forms often carry the reading in brackets after the name: 山田太郎(ヤマダタロウ).
        java.util.regex.Matcher bracketed = BRACKETED_KANA.matcher(written);
        if (bracketed.matches()) {
            written = bracketed.group(1);
            if (givenKana.isEmpty()) {
                givenKana = bracketed.group(2);
            }
        }
        // Romaji names of foreign residents: NGUYEN VAN A and Nguyen Van A are one spelling.
        written = written.toUpperCase(java.util.Locale.ROOT);
        boolean writtenInKana = Kana.isKanaOnly(written);
        if (writtenInKana) {
            written = Kana.toKatakana(written);
        }
        String reading;
        boolean derived = false;
        if (Kana.isKanaOnly(givenKana)) {
            reading = Kana.toKatakana(givenKana);
        } else if (writtenInKana) {
            reading = written;
        } else if (Kana.hasKanji(written)) {
            reading = readings.readingOf(written).orElse("");
            derived = !reading.isEmpty();
        } else {
            reading = "";
        }
        if (written.isEmpty() && reading.isEmpty()) {
            return PersonName.NONE;
        }
        return new PersonName(written, variants.fold(written), reading, derived, PhoneticKey.of(reading));
    }
}
