/**
 * Person linkage (名寄せ): which records describe the same victim. Records are normalised
 * ({@link jp.tsunagu.linkage.match.RecordNormalizer}), paired by several blocking keys
 * ({@link jp.tsunagu.linkage.match.BlockingKeys}) so that one wrong field does not lose a pair, compared field by
 * field into agreement levels, scored with Fellegi-Sunter log-likelihood weights
 * ({@link jp.tsunagu.linkage.match.MatchWeights}) and decided against two thresholds: LINKED, REVIEW or NEW.
 * Only LINKED pairs merge records into a person, and a merge that would put a hard negative (different given
 * name or birth date) inside one person is refused. Entry point: {@link jp.tsunagu.linkage.match.Linker}.
 */
package jp.tsunagu.linkage.match;
