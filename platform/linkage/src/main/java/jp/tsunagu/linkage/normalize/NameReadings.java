package jp.tsunagu.linkage.normalize;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Guesses the katakana reading of a name written in kanji, for records that came without フリガナ. Uses Lucene's
 * kuromoji with IPADIC, which knows common family names (斎藤, 渡邊 → サイトウ, ワタナベ) and many given names, but
 * only one reading per spelling: 幸子 is always サチコ, never ユキコ, and modern names (陽翔) are often read wrongly.
 * A derived reading is therefore marked as such and weighs less in matching. Returns empty when any part of the
 * name is unknown to the dictionary. Thread-safe (one tokenizer per thread).
 */
public final class NameReadings {

    private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal.withInitial(
            () -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));

    private final KanjiVariants variants;

    public NameReadings(KanjiVariants variants) {
        this.variants = variants;
    }

    /** The reading in katakana without spaces, or empty when the dictionary cannot read every part. */
    public Optional<String> readingOf(String name) {
        String text = JapaneseText.withoutSpaces(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // Dictionary spellings use common forms: 髙橋 is unknown but 高橋 is, so fall back on the folded spelling.
        return read(text).or(() -> read(variants.fold(text)));
    }

    /** A dictionary word of a name: characters [start, end) (in code points) read as {@code reading} (katakana). */
    public record Token(int start, int end, String reading) {
        @Override
        public String toString() {
            return "Token[" + start + ".." + end + "]";
        }
    }

    /** The dictionary words of a name that have a reading; unknown parts are left out. */
    public java.util.List<Token> tokens(String name) {
        String text = JapaneseText.withoutSpaces(name);
        java.util.List<Token> tokens = new java.util.ArrayList<>();
        JapaneseTokenizer tokenizer = TOKENIZER.get();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            ReadingAttribute readingAttribute = tokenizer.getAttribute(ReadingAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    tokenizer.getAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            while (tokenizer.incrementToken()) {
                String reading = readingAttribute.getReading();
                if (reading != null) {
                    tokens.add(new Token(text.codePointCount(0, offset.startOffset()), text.codePointCount(0, offset.endOffset()),
                            Kana.toKatakana(reading)));
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException ignored) {
                // a StringReader cannot fail to close
            }
        }
        return tokens;
    }

    private static Optional<String> read(String text) {
        JapaneseTokenizer tokenizer = TOKENIZER.get();
        StringBuilder reading = new StringBuilder();
        boolean complete = true;
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            ReadingAttribute readingAttribute = tokenizer.getAttribute(ReadingAttribute.class);
            while (tokenizer.incrementToken()) {
                String part = readingAttribute.getReading();
                if (part == null) {
                    String surface = term.toString();
                    if (!Kana.isKanaOnly(surface)) {
                        complete = false;
                    }
                    part = surface;
                }
                reading.append(Kana.toKatakana(part));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException ignored) {
                // a StringReader cannot fail to close
            }
        }
        return complete && !reading.isEmpty() ? Optional.of(reading.toString()) : Optional.empty();
    }
}
