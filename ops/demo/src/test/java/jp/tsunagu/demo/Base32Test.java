package jp.tsunagu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Base32Test {

    @Test
    void encodesTheRfc4648TestVectorsWithoutPadding() {
        assertEquals("", encode(""));
        assertEquals("MY", encode("f"));
        assertEquals("MZXQ", encode("fo"));
        assertEquals("MZXW6", encode("foo"));
        assertEquals("MZXW6YQ", encode("foob"));
        assertEquals("MZXW6YTB", encode("fooba"));
        assertEquals("MZXW6YTBOI", encode("foobar"));
    }

    private static String encode(String text) {
        return Base32.encode(text.getBytes(StandardCharsets.US_ASCII));
    }
}
