/**
 * Person search for the ledger (issue 3): a summary per listed person ({@code ledger_person_summary}), kept by
 * {@link PersonSummaries} in the transaction of every link change and rebuilt by {@link PersonSummaryRebuild}, and
 * {@link PersonSearch}, which filters, sorts and pages it.
 *
 * <p>Decisions: the summary's values come from the ledger's own derivation ({@code view.LedgerViewDerivation}), so a
 * list never disagrees with a person's entry; names are matched on keys built with the linkage module's normalisers
 * (kanji variants, kana, width, readings), never a second normaliser; prefix matching is array overlap on every prefix
 * of every key under a GIN index, with no database extension (docs/decisions/person-search-keys.md).
 *
 * <p>Out of scope: the REST boundary (it builds {@link PersonSearchCriteria} from the request and maps
 * {@link PersonPage}); relevance ranking; fuzzy matching of names beyond what normalisation folds.
 */
package jp.tsunagu.ledger.search;
