package jp.tsunagu.linkage.normalize;

/** Hiragana and katakana: conversion and classification. Width is already unified by {@link JapaneseText}. */
public final class Kana {

    private static final int HIRAGANA_TO_KATAKANA = 0x60;

    private Kana() {
    }

    public static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isHiragana(c) ? (char) (c + HIRAGANA_TO_KATAKANA) : c);
        }
        return out.toString();
    }

    public static String toHiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean convertible = c >= 'ァ' && c <= 'ヶ' && c != 'ヵ' && c != 'ヶ';
            out.append(convertible ? (char) (c - HIRAGANA_TO_KATAKANA) : c);
        }
        return out.toString();
    }

    /** Hiragana letters that have a katakana twin (ぁ..ゖ). */
    static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    static boolean isKatakana(char c) {
        return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == 'ヽ' || c == 'ヾ';
    }

    /** True when every character is kana, the long-vowel mark, a space or a middle dot (foreign names: ジョン・スミス). */
    public static boolean isKanaOnly(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isHiragana(c) || isKatakana(c) || c == ' ' || c == '・' || c == 'ゝ' || c == 'ゞ')) {
                return false;
            }
        }
        return true;
    }

    /** True when the text holds at least one CJK ideograph (including those outside the BMP, e.g. 𠮷). */
    public static boolean hasKanji(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
