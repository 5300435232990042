package jp.tsunagu.ledger.provision;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The JSON body of a provision: the recipient, the legal basis ({@code consent}, {@code internal-use} or
 * {@code other-local-government}: 90条の4第1項第1–3号), the purpose, the items by field id, and, when 個人番号 is one of
 * them, the 個人番号利用事務 it is provided for.
 */
public record ProvisionRequest(String recipient, String legalBasis, String purpose, List<String> items,
                               String myNumberBasis) {

    public String checkedRecipient() {
        return RequestFields.requireText(recipient, "recipient", 200);
    }

    public String checkedPurpose() {
        return RequestFields.requireText(purpose, "purpose", 1000);
    }

    public LegalBasis basis() {
        return LegalBasis.ofWireName(RequestFields.requireText(legalBasis, "legalBasis", 40))
                .orElseThrow(() -> new InvalidRequestException("legalBasis",
                        "legalBasis is consent, internal-use or other-local-government"));
    }

    public Set<LedgerField> fields() {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("items", "a provision names the items provided");
        }
        Set<LedgerField> fields = EnumSet.noneOf(LedgerField.class);
        for (String id : items) {
            fields.add(Arrays.stream(LedgerField.values()).filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("items", "items are ledger field ids, e.g. fullName")));
        }
        return fields;
    }
}
