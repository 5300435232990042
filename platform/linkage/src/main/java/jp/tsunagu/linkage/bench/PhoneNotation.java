package jp.tsunagu.linkage.bench;

import java.util.Random;

/** Writes a phone number with hyphens, without, in full width, in brackets or with +81. */
final class PhoneNotation {

    private PhoneNotation() {
    }

    static String write(String hyphenated, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> hyphenated.replace("-", "");
            case 1 -> HalfWidth.fullWidthDigits(hyphenated);
            case 2 -> "+81-" + hyphenated.substring(1);
            case 3 -> "(" + hyphenated.replaceFirst("-", ")");
            default -> hyphenated;
        };
    }
}
