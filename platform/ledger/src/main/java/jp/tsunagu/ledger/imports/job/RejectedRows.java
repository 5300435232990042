package jp.tsunagu.ledger.imports.job;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jp.tsunagu.ledger.imports.csv.CsvWriter;
import jp.tsunagu.ledger.imports.profile.CorrectionColumns;
import jp.tsunagu.ledger.imports.row.ProblemCode;
import jp.tsunagu.ledger.imports.row.RowInterpreter;
import jp.tsunagu.ledger.imports.row.RowProblem;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The rejected rows of a batch, for correction: a CSV with the file's own columns and values as received plus the
 * columns 取込エラー (the problems) and 取込エラー行ID (which rejected row it is). Corrected and imported again (same
 * profile), the fixed rows are stored, rows imported before are recognised as duplicates, and each rejected row a
 * stored row settles leaves this list. 個人番号 is left empty: it is never kept in plain text.
 */
public final class RejectedRows {

    public static final String ERROR_COLUMN = CorrectionColumns.ERROR;
    public static final String ROW_ID_COLUMN = CorrectionColumns.REJECTED_ROW_ID;

    private final DataSource dataSource;

    public RejectedRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void writeCsv(PrefectureCode tenant, UUID batchId, Writer out) {
        try (TenantConnection db = new TenantConnection(dataSource.getConnection(), tenant)) {
            Connection tx = db.begin();
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            Set<String> header = new LinkedHashSet<>();
            try (PreparedStatement query = tx.prepareStatement(
                    "SELECT raw, problems, id FROM ledger_rejected_row WHERE batch_id = ? AND resubmitted_record_id IS NULL"
                            + " ORDER BY row_number")) {
                query.setObject(1, batchId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Map<String, String> raw = JsonText.readObject(row.getString(1));
                        // A row rejected again after a correction carries the old correction columns: written anew.
                        raw.keySet().stream().filter(column -> !CorrectionColumns.isCorrectionColumn(column)).forEach(header::add);
                        rows.add(raw);
                        problems.add(describe(row.getString(2)));
                        ids.add(row.getString(3));
                    }
                }
            }
            db.commit();
            CsvWriter csv = new CsvWriter(out).bom();
            List<String> columns = new ArrayList<>(header);
            List<String> headerRow = new ArrayList<>(columns);
            headerRow.add(ERROR_COLUMN);
            headerRow.add(ROW_ID_COLUMN);
            csv.row(headerRow);
            for (int i = 0; i < rows.size(); i++) {
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    String value = rows.get(i).getOrDefault(column, "");
                    cells.add(RowInterpreter.MY_NUMBER_MASK.equals(value) ? "" : value);
                }
                cells.add(problems.get(i));
                cells.add(ids.get(i));
                csv.row(cells);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rejected rows failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static String describe(String problems) {
        List<String> parts = new ArrayList<>();
        for (RowProblem problem : RowProblem.parse(problems)) {
            ProblemCode code = problem.code();
            parts.add(problem.field() + ": " + code.japanese());
        }
        return String.join(" / ", parts);
    }
}
