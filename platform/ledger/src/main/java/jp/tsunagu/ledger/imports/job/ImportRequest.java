package jp.tsunagu.ledger.imports.job;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.InvalidProfileException;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * One import to run: into which tenant and disaster, which file (already on local disk; {@code fileName} is the name
 * it was uploaded under, kept as provenance), read with which profile and encoding, as what kind of source, by whom.
 * The tenant is explicit: background work never takes it from a request.
 */
public record ImportRequest(PrefectureCode tenant, UUID disasterId, Path file, String fileName, ColumnProfile profile,
                            Optional<SourceKind> sourceKind, EncodingChoice encoding, Actor importedBy) {

    public ImportRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(disasterId, "disasterId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(importedBy, "importedBy");
        if (fileName.isBlank() || fileName.length() > 255) {
            throw new IllegalArgumentException("a file name has 1 to 255 characters");
        }
        if (kind(profile, sourceKind).isEnteredOnly()) {
            throw new InvalidProfileException("sourceKind", "staff corrections and reports are entered, not imported");
        }
    }

    /** The source kind of the records: the profile's own, else the one the import names. */
    public SourceKind kind() {
        return kind(profile, sourceKind);
    }

    private static SourceKind kind(ColumnProfile profile, Optional<SourceKind> named) {
        return profile.sourceKind().or(() -> named).orElseThrow(() -> new InvalidProfileException("sourceKind",
                "profile " + profile.name() + " fixes no source kind: the import names one"));
    }
}
