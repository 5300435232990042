package jp.tsunagu.ledger.imports.boundary;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.ProfileJson;

/**
 * An import profile: its name, title, the source kind it fixes (none: the import names one), whether it is built in,
 * and its definition in the JSON form users write, so one can be copied and adapted.
 */
public record ProfileView(String name, String title, String sourceKind, boolean builtIn, JsonObject definition) {

    static ProfileView of(ColumnProfile profile) {
        try (var reader = Json.createReader(new StringReader(ProfileJson.write(profile)))) {
            return new ProfileView(profile.name(), profile.title(), profile.sourceKind().map(Enum::name).orElse(null),
                    BuiltInProfiles.named(profile.name()).isPresent(), reader.readObject());
        }
    }
}
