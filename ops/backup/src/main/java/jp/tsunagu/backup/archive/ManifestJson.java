package jp.tsunagu.backup.archive;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import jp.tsunagu.backup.ArchiveInvalidException;
import jp.tsunagu.backup.database.SequenceState;
import jp.tsunagu.backup.database.SqlNames;
import jp.tsunagu.backup.database.TableDigest;
import jp.tsunagu.backup.migration.ChangesetId;
import jp.tsunagu.tenants.reference.InvalidCodeException;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * The manifest as JSON, readable by a person auditing an archive. Reading checks every field, since the file may be
 * damaged or made by hand: names must be plain SQL names and the schema must be the tenant's own.
 */
public final class ManifestJson {

    private ManifestJson() {
    }

    /** The manifest's JSON, UTF-8: names and figures only, small enough to hold in memory. */
    public static byte[] toBytes(Manifest manifest) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("format", Manifest.FORMAT)
                .add("formatVersion", manifest.formatVersion())
                .add("tenant", manifest.tenant().value())
                .add("schema", manifest.schema())
                .add("takenAt", manifest.takenAt().toString())
                .add("serverVersion", manifest.serverVersion());
        JsonObjectBuilder settings = Json.createObjectBuilder();
        new TreeMap<>(manifest.copySettings()).forEach(settings::add);
        json.add("copySettings", settings);
        json.add("changesets", array(manifest.changesets(), c -> Json.createObjectBuilder()
                .add("changelog", c.changelog()).add("id", c.id()).add("author", c.author()).build()));
        json.add("tables", array(manifest.tables(), t -> Json.createObjectBuilder()
                .add("name", t.name())
                .add("entry", t.entryName())
                .add("columns", Json.createArrayBuilder(t.columns()))
                .add("orderBy", Json.createArrayBuilder(t.orderBy()))
                .add("rows", t.digest().rows())
                .add("sha256", t.digest().sha256())
                .build()));
        json.add("sequences", array(manifest.sequences(), s -> Json.createObjectBuilder()
                .add("name", s.name()).add("lastValue", s.lastValue()).add("isCalled", s.isCalled()).build()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(bytes)) {
            writer.writeObject(json.build());
        }
        return bytes.toByteArray();
    }

    public static Manifest read(InputStream in) {
        JsonObject json;
        try {
            json = Json.createReader(in).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ArchiveInvalidException("the manifest is not valid JSON");
        }
        try {
            return manifest(json);
        } catch (ClassCastException | NullPointerException | ArithmeticException e) {
            throw new ArchiveInvalidException("the manifest lacks a field or has one of the wrong type");
        }
    }

    private static Manifest manifest(JsonObject json) {
        if (!Manifest.FORMAT.equals(json.getString("format", null))) {
            throw new ArchiveInvalidException("this is not a Tsunagu tenant backup (format is not " + Manifest.FORMAT + ")");
        }
        int version = json.getInt("formatVersion");
        if (version != Manifest.FORMAT_VERSION) {
            throw new ArchiveInvalidException("archive format version " + version + " is not supported; this tool reads version "
                    + Manifest.FORMAT_VERSION);
        }
        PrefectureCode tenant = tenant(json.getString("tenant"));
        String schema = json.getString("schema");
        if (!TenantSchema.of(tenant).name().equals(schema)) {
            throw new ArchiveInvalidException("the manifest's schema is not the schema of its tenant " + tenant);
        }
        Instant takenAt;
        try {
            takenAt = Instant.parse(json.getString("takenAt"));
        } catch (DateTimeParseException e) {
            throw new ArchiveInvalidException("the manifest's takenAt is not an instant");
        }
        Map<String, String> settings = new TreeMap<>();
        json.getJsonObject("copySettings").forEach((name, value) -> settings.put(name, ((JsonString) value).getString()));
        return new Manifest(version, tenant, schema, takenAt, json.getString("serverVersion"), settings,
                list(json, "changesets", c -> new ChangesetId(c.getString("changelog"), c.getString("id"), c.getString("author"))),
                list(json, "tables", ManifestJson::table),
                list(json, "sequences", s -> new SequenceState(name(s.getString("name")),
                        s.getJsonNumber("lastValue").longValueExact(), s.getBoolean("isCalled"))));
    }

    private static TableEntry table(JsonObject json) {
        String name = name(json.getString("name"));
        TableDigest digest;
        try {
            digest = new TableDigest(json.getJsonNumber("rows").longValueExact(), json.getString("sha256"));
        } catch (IllegalArgumentException e) {
            throw new ArchiveInvalidException("table " + name + ": the manifest's row count or checksum is malformed");
        }
        TableEntry entry = new TableEntry(name, names(json.getJsonArray("columns")), names(json.getJsonArray("orderBy")), digest);
        if (!entry.entryName().equals(json.getString("entry"))) {
            throw new ArchiveInvalidException("table " + name + ": the manifest names an unexpected entry");
        }
        if (entry.columns().isEmpty() || !entry.columns().containsAll(entry.orderBy())) {
            throw new ArchiveInvalidException("table " + name + ": the manifest's columns are empty or lack its order");
        }
        return entry;
    }

    private static PrefectureCode tenant(String code) {
        try {
            return PrefectureCode.of(code);
        } catch (InvalidCodeException e) {
            throw new ArchiveInvalidException("the manifest's tenant is not a prefecture code");
        }
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).map(ManifestJson::name).toList();
    }

    private static String name(String name) {
        if (!SqlNames.isPlain(name)) {
            throw new ArchiveInvalidException("the manifest holds a table, column or sequence name that is not a plain SQL name");
        }
        return name;
    }

    private static <T> List<T> list(JsonObject json, String field, Function<JsonObject, T> reader) {
        List<T> values = new ArrayList<>();
        for (JsonValue value : json.getJsonArray(field)) {
            values.add(reader.apply(value.asJsonObject()));
        }
        return values;
    }

    private static <T> JsonArrayBuilder array(List<T> values, Function<T, JsonValue> writer) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(value -> array.add(writer.apply(value)));
        return array;
    }
}
