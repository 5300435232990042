package jp.tsunagu.linkage.match;

import java.time.LocalDate;
import jp.tsunagu.linkage.normalize.Kana;

/**
 * The blocking keys of a record: only records sharing at least one key are compared. Several keys, each built from
 * different fields, so that one wrong or missing field does not lose a pair:
 * <ul>
 *   <li>birth date with day and month in either order (tolerates a swap; misses a wrong date)</li>
 *   <li>first three sounds of the reading + birth year (tolerates a wrong day or month)</li>
 *   <li>reading + municipality (tolerates a wrong or missing birth date)</li>
 *   <li>home address: municipality + town and numbers, not a shelter, for records whose name is known only in kana or
 *       only in kanji (a kana-only call and a kanji-only register record share no reliable name key: the reading of
 *       the kanji is a guess; and without a birth date nothing else)</li>
 *   <li>written name folded (tolerates a missing date and a wrong address)</li>
 *   <li>reading alone (tolerates kana-only records without a date)</li>
 *   <li>phone number (tolerates a wrong name and date)</li>
 * </ul>
 * Keys are 64-bit hashes; a rare collision only makes a block larger. Public so that an incremental matcher (the
 * ledger's, which keeps known records indexed between decisions) blocks exactly as the batch linker does.
 */
public final class BlockingKeys {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private BlockingKeys() {
    }

    /** The record's keys, at most seven, none repeated unless two hashes collide. */
    public static long[] of(NormalizedRecord r) {
        long[] keys = new long[7];
        int n = 0;
        String phonetic = r.name().phonetic();
        if (r.birthDate().isPresent()) {
            LocalDate d = r.birthDate().get();
            int low = Math.min(d.getMonthValue(), d.getDayOfMonth());
            int high = Math.max(d.getMonthValue(), d.getDayOfMonth());
            keys[n++] = hash('D', d.getYear() * 10000 + low * 100 + high + "");
            if (phonetic.length() >= 2) {
                keys[n++] = hash('Y', prefix(phonetic, 3) + d.getYear());
            }
        }
        if (!phonetic.isEmpty() && r.address().cityLevelCode().isPresent()) {
            keys[n++] = hash('M', phonetic + r.address().cityLevelCode().get().value());
        }
        boolean halfANameKnown = !r.name().hasReading() || r.name().readingDerived() || Kana.isKanaOnly(r.name().written());
        if (halfANameKnown && !r.address().institutional() && r.address().cityLevelCode().isPresent()
                && hasDigit(r.address().detail())) {
            keys[n++] = hash('A', r.address().cityLevelCode().get().value() + r.address().detail());
        }
        if (r.name().hasWritten() && !Kana.isKanaOnly(r.name().written())) {
            keys[n++] = hash('W', r.name().folded());
        }
        if (phonetic.length() >= 3) {
            keys[n++] = hash('R', phonetic);
        }
        if (r.phone().isPresent()) {
            keys[n++] = hash('P', r.phone().get().digits());
        }
        return java.util.Arrays.copyOf(keys, n);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(String text, int length) {
        int end = text.offsetByCodePoints(0, Math.min(length, text.codePointCount(0, text.length())));
        return text.substring(0, end);
    }

    static long hash(char tag, String value) {
        long h = FNV_OFFSET;
        h = (h ^ tag) * FNV_PRIME;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * FNV_PRIME;
        }
        return h;
    }
}
