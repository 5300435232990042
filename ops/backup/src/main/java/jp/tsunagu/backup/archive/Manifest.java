package jp.tsunagu.backup.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.backup.database.SequenceState;
import jp.tsunagu.backup.migration.ChangesetId;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * What an archive holds and how to check it: the tenant and its schema, when the snapshot was taken, the changesets
 * applied in the schema, the COPY settings the text was written under, every table with its count and checksum, and
 * every sequence's position. Names and figures only: no row's content.
 */
public record Manifest(int formatVersion, PrefectureCode tenant, String schema, Instant takenAt, String serverVersion,
                       Map<String, String> copySettings, List<ChangesetId> changesets, List<TableEntry> tables,
                       List<SequenceState> sequences) {

    public static final String FORMAT = "tsunagu-tenant-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";

    public Manifest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(serverVersion, "serverVersion");
        copySettings = Map.copyOf(copySettings);
        changesets = List.copyOf(changesets);
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    public Optional<TableEntry> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public long rows() {
        return tables.stream().mapToLong(t -> t.digest().rows()).sum();
    }
}
