package jp.tsunagu.ledger.person.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The JSON body of a staff correction: the items to correct (field id to value, written as in an import file: text,
 * a number, true/false, or a list of text) and the reason, which is required.
 */
public record CorrectionRequest(JsonObject items, String reason) {

    public String checkedReason() {
        return RequestFields.requireText(reason, "reason", 1000);
    }

    /** Each item as the text an import file would hold; the correction reads it by the import's rules. */
    public Map<String, String> texts() {
        if (items == null) {
            throw new InvalidRequestException("items", "items is required: an object of field id to value");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        items.forEach((id, value) -> texts.put(id, text(id, value)));
        return texts;
    }

    private static String text(String id, JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            case TRUE -> "はい";
            case FALSE -> "いいえ";
            // Line breaks separate list entries in import files, and no entry holds one.
            case ARRAY -> String.join("\n", ((JsonArray) value).getValuesAs(JsonValue.class).stream()
                    .map(entry -> text(id, entry)).toList());
            default -> throw new InvalidRequestException("items." + id, "an item is text, a number, true/false or a list");
        };
    }
}
