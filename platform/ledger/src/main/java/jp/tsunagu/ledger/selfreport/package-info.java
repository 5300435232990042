/**
 * Resident self-reports (住民ポータルからの自己申告): what a resident states through a resident portal registered by the
 * tenant: the basic items (possibly verified with a My Number card, 公的個人認証), whereabouts, needs, contact and
 * explicit consent to provision.
 *
 * <p>Requirements: only a registered resident portal may send them; the same submission sent twice is stored once;
 * each is a {@code RESIDENT_PORTAL} source record with provenance, linked to a person by the same linkage as imports,
 * at ≥ 2,000 reports/s with p99 under 100 ms on two cores (docs/performance.md).
 *
 * <p>Decisions: reports are written in group commits ({@link SelfReportIntake}): one writer per disaster instance
 * takes whatever reports are waiting, decides their links against candidates looked up through the search summaries'
 * indexes (birth date, name keys), and stores records, persons, links, consent and summaries in one transaction.
 * Linkage stays sequential per disaster (a cluster-wide advisory lock), so two reports of one person sent together
 * end up together. The portal learns the outcome (linked / review / new), never a person's data.
 *
 * <p>Out of scope: the portal's own login of residents and the card verification itself (the portal vouches for it).
 */
package jp.tsunagu.ledger.selfreport;
