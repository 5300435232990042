package jp.tsunagu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
    private static final String RFC_SEED = "12345678901234567890";

    @ParameterizedTest(name = "T={0}s gives {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfc6238TestVectorsForSha1(long epochSeconds, String expected) {
        Totp totp = Totp.fromKeycloakSecret(RFC_SEED);

        assertEquals(expected, totp.codeAt(Instant.ofEpochSecond(epochSeconds), 8));
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcValues() {
        Totp totp = Totp.fromKeycloakSecret(RFC_SEED);

        assertEquals("287082", totp.codeAt(Instant.ofEpochSecond(59)));
        assertEquals("005924", totp.codeAt(Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void base32SecretsAsShownToPeopleGiveTheSameKey() {
        // "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" is base32 of the RFC seed; people see it in groups of four.
        Totp fromBase32 = Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq");

        assertEquals("94287082", fromBase32.codeAt(Instant.ofEpochSecond(59), 8));
        assertEquals(RFC_SEED, new String(Totp.decodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), StandardCharsets.US_ASCII));
    }

    @Test
    void theCodeChangesEveryThirtySecondsAndNotWithin() {
        Totp totp = Totp.fromKeycloakSecret("someKeycloakSecretValue");
        Instant start = Instant.ofEpochSecond(1_800_000_000L); // a multiple of 30

        assertEquals(totp.codeAt(start), totp.codeAt(start.plusSeconds(29)));
        assertNotEquals(totp.codeAt(start), totp.codeAt(start.plusSeconds(30)));
    }

    @Test
    void rejectsWhatIsNotBase32AndNeverPrintsTheKey() {
        assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("not base32!"));
        assertFalse(Totp.fromKeycloakSecret("secret-value").toString().contains("secret-value"));
    }
}
