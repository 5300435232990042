package jp.tsunagu.linkage.match;

/**
 * How well one field of two records agrees, from strongest to weakest. What each level means per field is
 * documented in docs/linkage.md; {@link #MISSING} (either side blank) carries no weight.
 */
public enum Agreement {
    /** Equal after normalisation (width, kana, spaces, notation). */
    EXACT,
    /** Equal once kanji variants or long vowels are folded, or equal but weaker evidence (a shared landline). */
    VARIANT,
    /** One-character slip, same reading with other kanji, same municipality only. */
    CLOSE,
    /** Birth date with day and month swapped. */
    SWAPPED,
    /** At least one side has no usable value. */
    MISSING,
    /** Different. */
    DISAGREE
}
