package jp.tsunagu.ledger.imports.profile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import jp.tsunagu.ledger.record.SourceKind;

/**
 * The JSON form of a {@link ColumnProfile}, as users write it and as it is stored:
 *
 * <pre>{@code
 * {"name": "wajima-shelters", "title": "輪島市 避難者名簿", "sourceKind": "SHELTER_ROSTER",
 *  "columns": [
 *    {"field": "fullName", "headers": ["氏名", "名前"]},
 *    {"field": "address", "join": ["住所1", "住所2"], "separator": ""},
 *    {"field": "careNeeded", "headers": ["要配慮"], "values": {"○": "はい"}},
 *    {"field": "fullNameKana", "headers": ["フリガナ"], "transform": "KATAKANA"},
 *    {"field": "whereabouts", "constant": "輪島中学校"}]}
 * }</pre>
 *
 * Errors name the part of the profile, e.g. {@code columns[2].field}.
 */
public final class ProfileJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ProfileJson() {
    }

    public static ColumnProfile read(String json) {
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidProfileException("profile", "the profile is not a JSON object");
        }
        String name = text(object, "name", "name").orElseThrow(() -> new InvalidProfileException("name", "name is required"));
        String title = text(object, "title", "title").orElse(name);
        Optional<SourceKind> kind = text(object, "sourceKind", "sourceKind").map(ProfileJson::sourceKind);
        JsonArray columns = array(object, "columns", "columns");
        List<ColumnMapping> mappings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String at = "columns[" + i + "]";
            if (columns.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidProfileException(at, at + " is not an object");
            }
            mappings.add(mapping(columns.getJsonObject(i), at));
        }
        return new ColumnProfile(name, title, kind, mappings);
    }

    private static ColumnMapping mapping(JsonObject column, String at) {
        String fieldId = text(column, "field", at + ".field")
                .orElseThrow(() -> new InvalidProfileException(at + ".field", at + ".field is required"));
        ImportField field = ImportField.byId(fieldId)
                .orElseThrow(() -> new InvalidProfileException(at + ".field", at + ".field is not a known field"));
        Map<String, String> values = new LinkedHashMap<>();
        if (column.containsKey("values")) {
            if (column.get("values").getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidProfileException(at + ".values", at + ".values is an object of code to value");
            }
            column.getJsonObject("values").forEach((code, value) -> {
                if (value.getValueType() != JsonValue.ValueType.STRING) {
                    throw new InvalidProfileException(at + ".values", at + ".values maps codes to texts");
                }
                values.put(code, ((JsonString) value).getString());
            });
        }
        Optional<Transform> transform = text(column, "transform", at + ".transform").map(t -> {
            try {
                return Transform.valueOf(t);
            } catch (IllegalArgumentException e) {
                throw new InvalidProfileException(at + ".transform", at + ".transform is not a known transform");
            }
        });
        return new ColumnMapping(field, strings(column, "headers", at + ".headers"), strings(column, "join", at + ".join"),
                text(column, "separator", at + ".separator").orElse(""), values, transform,
                text(column, "constant", at + ".constant"));
    }

    public static String write(ColumnProfile profile) {
        JsonObjectBuilder object = JSON.createObjectBuilder().add("name", profile.name()).add("title", profile.title());
        profile.sourceKind().ifPresent(kind -> object.add("sourceKind", kind.name()));
        JsonArrayBuilder columns = JSON.createArrayBuilder();
        for (ColumnMapping mapping : profile.columns()) {
            JsonObjectBuilder column = JSON.createObjectBuilder().add("field", mapping.field().id());
            if (!mapping.headers().isEmpty()) {
                column.add("headers", JSON.createArrayBuilder(mapping.headers()));
            }
            if (!mapping.join().isEmpty()) {
                column.add("join", JSON.createArrayBuilder(mapping.join())).add("separator", mapping.separator());
            }
            if (!mapping.values().isEmpty()) {
                JsonObjectBuilder values = JSON.createObjectBuilder();
                mapping.values().forEach(values::add);
                column.add("values", values);
            }
            mapping.transform().ifPresent(t -> column.add("transform", t.name()));
            mapping.constant().ifPresent(c -> column.add("constant", c));
            columns.add(column);
        }
        return object.add("columns", columns).build().toString();
    }

    private static SourceKind sourceKind(String kind) {
        try {
            return SourceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException("sourceKind", "sourceKind is not a known source kind");
        }
    }

    private static Optional<String> text(JsonObject object, String key, String at) {
        if (!object.containsKey(key) || object.isNull(key)) {
            return Optional.empty();
        }
        if (object.get(key).getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidProfileException(at, at + " is a text");
        }
        return Optional.of(object.getString(key));
    }

    private static JsonArray array(JsonObject object, String key, String at) {
        if (!object.containsKey(key) || object.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidProfileException(at, at + " is a list");
        }
        return object.getJsonArray(key);
    }

    private static List<String> strings(JsonObject object, String key, String at) {
        if (!object.containsKey(key)) {
            return List.of();
        }
        JsonArray array = array(object, key, at);
        List<String> strings = new ArrayList<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new InvalidProfileException(at, at + " is a list of texts");
            }
            strings.add(((JsonString) value).getString());
        }
        return strings;
    }
}
