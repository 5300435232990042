package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import jp.tsunagu.linkage.bench.SyntheticDataset;
import jp.tsunagu.linkage.normalize.NormalizedAddress;
import jp.tsunagu.linkage.normalize.PersonName;
import jp.tsunagu.linkage.normalize.Sex;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

/** Stored keys read back are the keys normalising the record again would give, so linking from them decides the same. */
class MatchingKeysTest {

    private final RecordNormalizer normalizer = RecordNormalizer.bundled(Optional.of(PrefectureCode.of("17")));

    @Test
    void keysOfGeneratedRecordsInEveryNotationSurviveTheRoundTrip() {
        for (PersonRecord record : SyntheticDataset.generate(3_000, 11, PrefectureCode.of("17")).records()) {
            NormalizedRecord keys = normalizer.normalize(record).record();
            assertEquals(Optional.of(keys), MatchingKeys.decode(record.id(), MatchingKeys.encode(keys)), record.id());
        }
    }

    @Test
    void emptyRecordAndSeparatorsInsideValuesSurviveTheRoundTrip() {
        NormalizedRecord empty = normalizer.normalize(new PersonRecord("e", "", "", "", "", "", "")).record();
        assertEquals(Optional.of(empty), MatchingKeys.decode("e", MatchingKeys.encode(empty)));
        NormalizedRecord odd = new NormalizedRecord("o", new PersonName("A\tB", "A\\B", "", false, ""), Optional.empty(),
                Sex.UNKNOWN, new NormalizedAddress(Optional.empty(), Optional.empty(), "1\n2\r3\\t", true), Optional.empty());
        assertEquals(Optional.of(odd), MatchingKeys.decode("o", MatchingKeys.encode(odd)));
    }

    @Test
    void keysOfAnotherNormalisationVersionOrNoKeysAtAllAreRefused() {
        String keys = MatchingKeys.encode(normalizer.normalize(
                new PersonRecord("1", "髙橋 裕子", "タカハシ ユウコ", "1970-03-01", "FEMALE", "石川県輪島市河井町1部18-1", "090-1234-5678")).record());
        assertTrue(keys.startsWith(NormalizationVersion.current() + "\t"));
        String older = "0.0" + keys.substring(NormalizationVersion.current().length());
        assertFalse(MatchingKeys.decode("1", older).isPresent(), "keys of other rules or tables are normalised again");
        assertFalse(MatchingKeys.decode("1", null).isPresent());
        assertFalse(MatchingKeys.decode("1", "").isPresent());
        assertFalse(MatchingKeys.decode("1", keys.replace("FEMALE", "WOMAN")).isPresent());
    }
}
