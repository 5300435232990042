/**
 * Person linkage (名寄せ) as the ledger needs it: an SPI ({@link PersonMatcher}), {@link LinkageMatcher}, which
 * implements it with the linkage module's Japanese normalisation, blocking and probabilistic matching, and
 * {@link LinkingRun}, which feeds it the records of an import and writes the decisions (new persons, links) in bulk.
 * {@link ExactKeyMatcher} links records whose name (or reading) and birth date agree exactly, where linkage is not
 * wanted.
 */
package jp.tsunagu.ledger.linking;
