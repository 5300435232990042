package jp.tsunagu.ledger.record;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A list of short texts (support entries, consented parties) kept in one text column as a JSON array. */
@Converter
public class StringListJson implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : JsonText.array(values);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? List.of() : JsonText.readArray(json);
    }
}
