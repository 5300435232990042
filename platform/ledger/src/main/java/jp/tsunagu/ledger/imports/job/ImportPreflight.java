package jp.tsunagu.ledger.imports.job;

import java.nio.file.Path;

import jp.tsunagu.ledger.imports.csv.CsvReader;
import jp.tsunagu.ledger.imports.csv.CsvRecord;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.ledger.imports.csv.ImportFileScanner;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;

/**
 * Reads an uploaded file through once before it is accepted: its size, encoding and identity (the scan), whether the
 * profile finds a name column in its header, and whether every record can be read (quotes that close, bytes of its
 * encoding, column and field limits). A file the job would stop on is refused while the uploader still waits for the
 * answer, and before a single row is stored. Row-level problems are the job's: they reject only their row.
 */
public final class ImportPreflight {

    private final ImportLimits limits;

    public ImportPreflight(ImportLimits limits) {
        this.limits = limits;
    }

    /** The scanned file, or an {@link ImportFileException} naming what stops it and where. */
    public ScannedFile check(Path file, EncodingChoice encoding, ColumnProfile profile) {
        ScannedFile scanned = new ImportFileScanner(limits).scan(file, encoding);
        try (CsvReader reader = CsvReader.open(scanned, limits)) {
            header(reader, profile);
            while (reader.next().isPresent()) {
                // reading is the check: a record that cannot be read throws
            }
        }
        return scanned;
    }

    /** Reads the header row and applies the profile to it. */
    static ResolvedProfile header(CsvReader reader, ColumnProfile profile) {
        CsvRecord header = reader.next().orElseThrow(
                () -> new ImportFileException(ImportFileException.Reason.EMPTY, 0, "the file has no header row"));
        return ResolvedProfile.resolve(profile, header.fields(), header.line());
    }
}
