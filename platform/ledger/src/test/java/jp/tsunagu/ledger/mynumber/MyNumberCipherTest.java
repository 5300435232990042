package jp.tsunagu.ledger.mynumber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.testing.TestKeys;

class MyNumberCipherTest {

    static final String DIGITS = TestKeys.MY_NUMBER;
    static final MyNumberDisclosure.Entitled ENTITLED = new MyNumberDisclosure.Entitled(new Actor("s", "u"), "被災者生活再建支援金の支給");

    @Test
    void encryptsAndDecryptsARoundTrip() {
        MyNumberCipher cipher = TestKeys.cipher();
        EncryptedMyNumber encrypted = cipher.encrypt(MyNumber.parse(DIGITS));
        assertEquals("k1", encrypted.keyId());
        assertEquals(DIGITS, cipher.decrypt(encrypted).reveal(ENTITLED));
        assertFalse(new String(encrypted.cipher(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(DIGITS));
        assertNotEquals(encrypted, cipher.encrypt(MyNumber.parse(DIGITS)), "a fresh IV each time");
    }

    @Test
    void rotatesToTheCurrentKeyAndReadsOldKeysWhileTheyAreInTheRing() {
        MyNumberCipher old = new MyNumberCipher(MyNumberKeyRing.parse("k1=" + TestKeys.KEY_1, "k1"));
        EncryptedMyNumber underK1 = old.encrypt(MyNumber.parse(DIGITS));
        MyNumberCipher rotated = new MyNumberCipher(MyNumberKeyRing.parse("k2=" + TestKeys.KEY_2 + ",k1=" + TestKeys.KEY_1, "k2"));
        assertTrue(rotated.needsRotation(underK1));
        EncryptedMyNumber underK2 = rotated.rotate(underK1);
        assertEquals("k2", underK2.keyId());
        assertFalse(rotated.needsRotation(underK2));
        assertEquals(DIGITS, rotated.decrypt(underK2).reveal(ENTITLED));
        assertEquals(DIGITS, rotated.decrypt(underK1).reveal(ENTITLED));
        MyNumberCipher retired = new MyNumberCipher(MyNumberKeyRing.parse("k2=" + TestKeys.KEY_2, "k2"));
        assertThrows(IllegalStateException.class, () -> retired.decrypt(underK1));
    }

    @Test
    void aCiphertextRelabelledWithAnotherKeyIdOrAlteredDoesNotDecrypt() {
        MyNumberCipher both = new MyNumberCipher(MyNumberKeyRing.parse("k2=" + TestKeys.KEY_1 + ",k1=" + TestKeys.KEY_1, "k1"));
        EncryptedMyNumber encrypted = both.encrypt(MyNumber.parse(DIGITS));
        assertThrows(IllegalStateException.class, () -> both.decrypt(new EncryptedMyNumber("k2", encrypted.cipher())),
                "the key id is authenticated, even where the key material is the same");
        byte[] altered = encrypted.cipher();
        altered[altered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> both.decrypt(new EncryptedMyNumber("k1", altered)));
    }

    @Test
    void refusesNumbersThatAreNotMyNumbersWithoutEchoingThem() {
        InvalidMyNumberException wrongCheckDigit = assertThrows(InvalidMyNumberException.class, () -> MyNumber.parse("123456789012"));
        assertFalse(wrongCheckDigit.getMessage().contains("1234"));
        assertThrows(InvalidMyNumberException.class, () -> MyNumber.parse("12345"));
        assertThrows(InvalidMyNumberException.class, () -> MyNumber.parse("12345678901a"));
        assertEquals(DIGITS, MyNumber.parse("１２３４ ５６７８ ９０１８").reveal(ENTITLED), "full width and spaces are read");
    }

    @Test
    void neverAppearsInToStringOrLogOutput() {
        MyNumberCipher cipher = TestKeys.cipher();
        MyNumber number = MyNumber.parse(DIGITS);
        EncryptedMyNumber encrypted = cipher.encrypt(number);
        RecordValues values = RecordValues.builder().set(LedgerField.FULL_NAME, "山田 太郎").set(LedgerField.MY_NUMBER, encrypted).build();
        MyNumberKeyRing ring = MyNumberKeyRing.parse("k1=" + TestKeys.KEY_1, "k1");

        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Logger logger = Logger.getLogger("jp.tsunagu.ledger.test");
        Handler handler = new StreamHandler(logged, new SimpleFormatter());
        logger.addHandler(handler);
        try {
            logger.log(Level.INFO, "number {0}, encrypted {1}, values {2}, ring {3}", new Object[]{number, encrypted, values, ring});
            logger.info("concatenated " + number + " " + encrypted + " " + values + " " + ring);
        } finally {
            handler.flush();
            logger.removeHandler(handler);
        }
        String everything = logged + number.toString() + encrypted + values + ring + Arrays.toString(new Object[]{number});
        assertTrue(everything.contains("MyNumber[************]"), "the log lines were written");
        assertFalse(everything.contains(DIGITS));
        assertFalse(everything.contains("山田"), "record values name their items, not their values");
        assertFalse(everything.contains(TestKeys.KEY_1), "key material is never printed");
    }

    @Test
    void keyRingConfigurationErrorsDoNotShowKeyMaterial() {
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
                () -> MyNumberKeyRing.parse("k1=c2hvcnQ=", "k1"));
        assertFalse(shortKey.getMessage().contains("c2hvcnQ"));
        assertThrows(IllegalArgumentException.class, () -> MyNumberKeyRing.parse("k1=" + TestKeys.KEY_1, "k9"));
    }
}
