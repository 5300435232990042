/**
 * Normalisation of Japanese person data into matching keys (名寄せ keys). Every normaliser keeps the original
 * value and adds keys at several strengths (exact, variant-folded, phonetic), so the matcher can tell
 * "written the same" from "the same once 旧字体, width and long vowels are folded".
 *
 * <p>Out of scope: deciding whether two records are one person (see {@code jp.tsunagu.linkage.match}).
 * Nothing here logs or puts a value into an exception message: values are personal data.
 */
package jp.tsunagu.linkage.normalize;
