package jp.tsunagu.ledger.provision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.tsunagu.ledger.record.LedgerField;

/**
 * A recorded provision: recipient, legal basis (with its article), purpose, items, who provided it and when. The
 * answer to recording one also carries {@code provided}, the values that were provided (個人番号 only when entitled);
 * listings never do.
 */
public record ProvisionView(String id, String personId, String recipient, String legalBasis, String article,
                            String purpose, List<String> items, String providedBy, Instant providedAt,
                            Map<String, String> provided) {

    public static ProvisionView of(Provision provision, Map<String, String> provided) {
        return new ProvisionView(provision.id().toString(), provision.personId().toString(), provision.recipient(),
                provision.legalBasis().wireName(), provision.legalBasis().article(), provision.purpose(),
                provision.items().stream().map(LedgerField::id).toList(), provision.providedBy().username(),
                provision.providedAt(), provided);
    }
}
