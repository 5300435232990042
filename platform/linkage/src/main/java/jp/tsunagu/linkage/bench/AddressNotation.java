package jp.tsunagu.linkage.bench;

import java.util.Random;

/** Writes a home address with or without prefecture and 郡, in Arabic or kanji numerals, with 丁目/番地/号 or hyphens. */
final class AddressNotation {

    private static final String[] HYPHENS = {"-", "-", "-", "－", "−", "ー", "‐"};

    private AddressNotation() {
    }

    static String write(String prefecture, String county, String city, String municipality, String town,
                        SyntheticPerson.Home home, Random random, boolean kanjiNumerals) {
        StringBuilder out = new StringBuilder(prefecture).append(county).append(city).append(municipality);
        if (random.nextInt(5) == 0) {
            out.append(' ');
        }
        out.append(town);
        String hyphen = HYPHENS[random.nextInt(HYPHENS.length)];
        boolean wide = random.nextInt(4) == 0;
        String c = number(home.chome(), kanjiNumerals, wide);
        String b = number(home.banchi(), kanjiNumerals, wide);
        String g = number(home.go(), kanjiNumerals, wide);
        if (home.chomeStyle()) {
            switch (random.nextInt(3)) {
                case 0 -> out.append(c).append("丁目").append(b).append("番").append(g).append("号");
                case 1 -> out.append(c).append("丁目").append(b).append(hyphen).append(g);
                default -> out.append(number(home.chome(), false, wide)).append(hyphen)
                        .append(number(home.banchi(), false, wide)).append(hyphen).append(number(home.go(), false, wide));
            }
        } else {
            switch (random.nextInt(3)) {
                case 0 -> out.append(b).append("番地").append(g);
                case 1 -> out.append(number(home.banchi(), false, wide)).append(hyphen).append(number(home.go(), false, wide));
                default -> out.append(b).append("番地の").append(g);
            }
        }
        return out.toString();
    }

    private static String number(int n, boolean kanji, boolean wide) {
        if (kanji) {
            return DateNotation.kanji(n);
        }
        return wide ? HalfWidth.fullWidthDigits(Integer.toString(n)) : Integer.toString(n);
    }
}
