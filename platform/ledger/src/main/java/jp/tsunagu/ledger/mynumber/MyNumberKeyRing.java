package jp.tsunagu.ledger.mynumber;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys 個人番号 are encrypted with, by key id, and which one new encryptions use. Read from configuration as
 * {@code id=base64,id=base64} (256-bit keys); a key is retired by rotating every number off it, then removing it.
 */
public final class MyNumberKeyRing {

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;

    public MyNumberKeyRing(Map<String, SecretKey> keys, String currentKeyId) {
        this.keys = Map.copyOf(keys);
        this.currentKeyId = Objects.requireNonNull(currentKeyId, "current key id");
        if (!this.keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current my-number key id is not in the key ring");
        }
    }

    /** Parses {@code k2=BASE64,k1=BASE64}; key material never appears in an error. */
    public static MyNumberKeyRing parse(String keys, String currentKeyId) {
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a my-number key is written id=base64");
            }
            String id = trimmed.substring(0, equals).strip();
            byte[] material;
            try {
                material = Base64.getDecoder().decode(trimmed.substring(equals + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("my-number key " + id + " is not base64");
            }
            if (material.length != 32) {
                throw new IllegalArgumentException("my-number key " + id + " is not a 256-bit key");
            }
            ring.put(id, new SecretKeySpec(material, "AES"));
        }
        return new MyNumberKeyRing(ring, currentKeyId);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    SecretKey current() {
        return keys.get(currentKeyId);
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public String toString() {
        return "MyNumberKeyRing[current=" + currentKeyId + ", keys=" + keys.keySet() + "]";
    }
}
