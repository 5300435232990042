package jp.tsunagu.ledger.record;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Writes the small JSON texts the ledger keeps in text columns (a row as received, lists) without a JSON library
 * call per row, since the bulk import writes a million of them; reads them back through JSON-P.
 */
public final class JsonText {

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    public static String array(List<String> values) {
        StringBuilder json = new StringBuilder(16 * values.size() + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        return json.append(']').toString();
    }

    /** A JSON object of the entries in their order; a null value is written as JSON null. */
    public static String object(Map<String, String> entries) {
        StringBuilder json = new StringBuilder(32 * entries.size() + 2).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, entry.getKey());
            json.append(':');
            if (entry.getValue() == null) {
                json.append("null");
            } else {
                string(json, entry.getValue());
            }
        }
        return json.append('}').toString();
    }

    public static List<String> readArray(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public static Map<String, String> readObject(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> entries = new LinkedHashMap<>();
            object.forEach((key, value) -> entries.put(key,
                    value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString() : null));
            return entries;
        }
    }

    /** Appends {@code value} as a JSON string. */
    public static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
