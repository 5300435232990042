package jp.tsunagu.helm;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Helm's rule for values: maps merge key by key, anything else (lists included) is replaced. */
final class Values {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Values() {
    }

    static String mergeYaml(String base, String override) {
        try {
            Map<String, Object> merged = merge(read(base), read(override));
            return YAML.writeValueAsString(merged);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("values are not valid YAML", e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            Object existing = result.get(key);
            if (existing instanceof Map<?, ?> left && value instanceof Map<?, ?> right) {
                result.put(key, merge((Map<String, Object>) left, (Map<String, Object>) right));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    private static Map<String, Object> read(String yaml) throws JsonProcessingException {
        Map<String, Object> map = YAML.readValue(yaml, new TypeReference<>() { });
        return map == null ? Map.of() : map;
    }
}
