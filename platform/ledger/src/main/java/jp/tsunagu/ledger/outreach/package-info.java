/**
 * Needs-based outreach (ニーズに応じたアウトリーチ): prefecture staff define a segment of residents (where they stay now,
 * what they need), see how many it holds, and hand it to a resident portal (webhook) or to a file in the drop
 * directory, so the portal can contact them.
 *
 * <p>Requirement: only residents whose latest consent covers the party the outreach is done as are ever included;
 * people who never consented, withdrew, or consented to other parties are not, whatever else matches. A preview is a
 * count only. A hand-over carries the portal's own references of its residents, nothing else, and is recorded as a
 * provision (90条の4第1項第1号, consent) per person.
 *
 * <p>Where a resident is and what they need come through {@link jp.tsunagu.ledger.outreach.CurrentSituations}: now the
 * residents' own reports; the whereabouts history and case records will answer it when they are merged.
 */
package jp.tsunagu.ledger.outreach;
