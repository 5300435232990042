package jp.tsunagu.ledger.imports.control;

import java.util.Optional;

import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * What the uploader said about a file, checked before its body is read: the profile to read it with (default the
 * standard format), the source kind (when the profile does not fix one), the encoding ({@code auto}, {@code utf-8},
 * {@code shift_jis}) and the name it had on the uploader's computer (kept as provenance; only its last path segment).
 * Errors name the query parameter.
 */
public record ImportOptions(String profile, Optional<SourceKind> kind, EncodingChoice encoding, Optional<String> fileName) {

    /** The provenance of a file uploaded without a name. */
    static final String UNNAMED = "upload.csv";

    public static ImportOptions of(String profile, String kind, String encoding, String fileName) {
        return new ImportOptions(
                blank(profile) ? BuiltInProfiles.STANDARD : RequestFields.requireText(profile, "profile", 100),
                blank(kind) ? Optional.empty() : Optional.of(RequestFields.requireEnum(kind, SourceKind.class, "kind")),
                blank(encoding) ? EncodingChoice.AUTO : RequestFields.requireEnum(encoding, EncodingChoice.class, "encoding"),
                fileName(fileName));
    }

    /** These options, with the given file name if none was given (a form part names its file). */
    public ImportOptions orNamed(Optional<String> name) {
        return fileName.isPresent() ? this : new ImportOptions(profile, kind, encoding, name.flatMap(ImportOptions::fileName));
    }

    private static Optional<String> fileName(String given) {
        if (blank(given)) {
            return Optional.empty();
        }
        // Browsers of old sent the whole path (C:\Users\...\名簿.csv); only the name is provenance.
        String path = given.strip();
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        if (name.isBlank() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("fileName", "fileName has 1 to 255 characters and no control characters");
        }
        return Optional.of(name);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
