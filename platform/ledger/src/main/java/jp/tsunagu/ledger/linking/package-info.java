/**
 * Person linkage (名寄せ) as the ledger needs it: an SPI ({@link PersonMatcher}) that the linkage module implements
 * with its Japanese normalisation and probabilistic matching, and {@link LinkingRun}, which feeds it the records of an
 * import and writes the decisions (new persons, links) in bulk. Until the linkage module's adapter is deployed,
 * {@link ExactKeyMatcher} links records whose name (or reading) and birth date agree exactly.
 */
package jp.tsunagu.ledger.linking;
