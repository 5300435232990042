package jp.tsunagu.linkage.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

import jp.tsunagu.linkage.normalize.KanjiVariants;

/**
 * Which normalisation made a set of matching keys: a rules number, raised by hand whenever a normaliser's code
 * changes what it produces, and a checksum of the bundled tables and of the Lucene (kuromoji dictionary) version, so
 * that a new table never has to be remembered. Keys stored under another version are normalised again.
 */
public final class NormalizationVersion {

    /** Raise when NameNormalizer, AddressNormalizer, BirthDateParser, PhoneNumber, Sex or JapaneseText change output. */
    static final int RULES = 1;

    private static final String[] TABLES = {"kanji-variants.tsv", "kanji-variants-curated.tsv", "kanji-readings.tsv",
            "municipalities.tsv", "name-readings.tsv"};
    private static final String CURRENT = compute();

    private NormalizationVersion() {
    }

    /** Short and free of tabs, e.g. {@code 1.3fa09c2b}. */
    public static String current() {
        return CURRENT;
    }

    private static String compute() {
        CRC32 crc = new CRC32();
        for (String table : TABLES) {
            try (InputStream in = KanjiVariants.class.getResourceAsStream(table)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + table);
                }
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        crc.update(org.apache.lucene.util.Version.LATEST.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return RULES + "." + Long.toHexString(crc.getValue());
    }
}
