package jp.tsunagu.ledger.mynumber;

import java.util.Arrays;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A 個人番号 encrypted with AES-GCM, with the id of the key it was encrypted under so keys can be rotated: old numbers
 * stay readable while the key ring still holds their key, and {@link MyNumberCipher#rotate} moves them to the current
 * one. {@code cipher} is the 12-byte IV followed by ciphertext and tag.
 */
@Embeddable
public class EncryptedMyNumber {

    @Column(name = "my_number_key_id", length = 40)
    private String keyId;

    @Column(name = "my_number_cipher")
    private byte[] cipher;

    protected EncryptedMyNumber() {
    }

    public EncryptedMyNumber(String keyId, byte[] cipher) {
        this.keyId = Objects.requireNonNull(keyId, "key id");
        this.cipher = Objects.requireNonNull(cipher, "cipher").clone();
    }

    public String keyId() {
        return keyId;
    }

    public byte[] cipher() {
        return cipher.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptedMyNumber that && Objects.equals(keyId, that.keyId)
                && Arrays.equals(cipher, that.cipher);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, Arrays.hashCode(cipher));
    }

    @Override
    public String toString() {
        return "EncryptedMyNumber[key=" + keyId + "]";
    }
}
