package jp.tsunagu.ledger.imports.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The profiles every tenant has: the standard Tsunagu format (docs/import-format.md) and the common sheets of the
 * field. They are JSON resources in the same form users write, so a user can copy one and adapt it.
 */
public final class BuiltInProfiles {

    public static final String STANDARD = "tsunagu-standard";
    public static final String SHELTER_ROSTER = "shelter-roster";
    public static final String OUTREACH_VISIT = "outreach-visit";
    public static final String CALL_CENTRE = "call-centre";
    public static final String RESIDENT_REGISTER = "resident-register";
    /** The linkage CLI's input ({@code record_id,name,name_kana,birth_date,sex,address,phone}); the import names the kind. */
    public static final String LINKAGE_RECORDS = "linkage-records";

    private static final List<ColumnProfile> ALL = List.of(
            load(STANDARD), load(SHELTER_ROSTER), load(OUTREACH_VISIT), load(CALL_CENTRE), load(RESIDENT_REGISTER),
            load(LINKAGE_RECORDS));

    private BuiltInProfiles() {
    }

    public static List<ColumnProfile> all() {
        return ALL;
    }

    public static Optional<ColumnProfile> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static ColumnProfile require(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("no built-in profile " + name));
    }

    private static ColumnProfile load(String name) {
        String resource = "profiles/" + name + ".json";
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in profile resource missing: " + resource);
            }
            return ProfileJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
