package jp.tsunagu.ledger.person.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linkage's evidence for a decision, read from its text ({@code fullName:VARIANT;birthDate:EXACT;…;bits:43.1}): the
 * agreement level of each compared item, the guards that stopped an automatic link, and the score in bits. Names and
 * levels only: evidence never holds values.
 */
public record EvidenceView(Map<String, String> agreement, List<String> guards, Double bits, String text) {

    public static Optional<EvidenceView> parse(Optional<String> evidence) {
        return evidence.map(EvidenceView::parse);
    }

    static EvidenceView parse(String text) {
        Map<String, String> agreement = new LinkedHashMap<>();
        List<String> guards = new ArrayList<>();
        Double bits = null;
        for (String entry : text.split(";")) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = entry.substring(0, colon);
            String value = entry.substring(colon + 1);
            switch (key) {
                case "bits" -> bits = number(value);
                case "guard" -> guards.add(value);
                default -> {
                    if (value.matches("[A-Z_]+")) {
                        agreement.put(key, value);
                    }
                }
            }
        }
        return new EvidenceView(agreement, guards, bits, text);
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
