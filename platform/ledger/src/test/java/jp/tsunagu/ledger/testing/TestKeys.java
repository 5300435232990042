package jp.tsunagu.ledger.testing;

import java.util.Base64;

import jp.tsunagu.ledger.mynumber.MyNumberCipher;
import jp.tsunagu.ledger.mynumber.MyNumberKeyRing;

/** Fixed test keys; never used outside tests. */
public final class TestKeys {

    public static final String KEY_1 = Base64.getEncoder().encodeToString(bytes(1));
    public static final String KEY_2 = Base64.getEncoder().encodeToString(bytes(2));
    /** A valid 個人番号 for tests (check digit 8). */
    public static final String MY_NUMBER = "123456789018";

    private TestKeys() {
    }

    public static MyNumberCipher cipher() {
        return new MyNumberCipher(MyNumberKeyRing.parse("k1=" + KEY_1, "k1"));
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
