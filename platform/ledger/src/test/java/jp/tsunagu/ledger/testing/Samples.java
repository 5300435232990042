package jp.tsunagu.ledger.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.ledger.imports.csv.CsvReader;
import jp.tsunagu.ledger.imports.csv.CsvRecord;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportFileScanner;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;
import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.imports.row.RowInterpreter;
import jp.tsunagu.ledger.record.SourceKind;

/** The sample files under src/test/resources/samples, read the way an import reads them. */
public final class Samples {

    public static final LocalDate TODAY = LocalDate.of(2024, 2, 1);

    private Samples() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Samples.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ScannedFile scan(String name) {
        return new ImportFileScanner(ImportLimits.DEFAULT).scan(path(name), EncodingChoice.AUTO);
    }

    /** Every data row's interpretation under the profile, in file order. */
    public static List<Interpretation> interpret(String name, ColumnProfile profile) {
        List<Interpretation> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(scan(name), ImportLimits.DEFAULT)) {
            CsvRecord header = reader.next().orElseThrow();
            ResolvedProfile resolved = ResolvedProfile.resolve(profile, header.fields(), header.line());
            RowInterpreter interpreter = new RowInterpreter(profile.sourceKind().orElse(SourceKind.RESIDENT_PORTAL), resolved,
                    Optional.of(TestKeys.cipher()), TODAY);
            Optional<CsvRecord> record;
            while ((record = reader.next()).isPresent()) {
                var mapped = resolved.map(record.get().fields());
                rows.add(record.get().broken().isPresent() ? interpreter.brokenRow(mapped) : interpreter.interpret(mapped));
            }
        }
        return rows;
    }
}
