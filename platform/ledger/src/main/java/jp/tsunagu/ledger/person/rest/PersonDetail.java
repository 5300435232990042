package jp.tsunagu.ledger.person.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.tsunagu.ledger.provision.ProvisionView;

/**
 * A person's ledger entry as the API shows it: each item traced to its records and rule, the household items, whether
 * the person was absorbed by a merge, the source records with their provenance, and (in the full detail) the history
 * of links and merges and every provision of the person's information (90条の4; recipient, basis, items, who, when —
 * never the values provided). Everything but the history is what a merge changes and its undoing restores.
 */
public record PersonDetail(String id, Instant createdAt, boolean active, Absorbed absorbed,
                           Map<String, ItemView> items, Map<String, ItemView> household, List<RecordView> records,
                           History history) {

    /** The merge that absorbed the person, and the person who survived it. */
    public record Absorbed(String mergeId, String survivorId) {
    }

    public record History(List<LinkView> links, List<MergeView> merges, List<ProvisionView> provisions) {
    }
}
