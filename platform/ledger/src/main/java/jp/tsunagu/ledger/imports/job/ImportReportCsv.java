package jp.tsunagu.ledger.imports.job;

import java.io.Writer;
import java.util.List;

import jp.tsunagu.ledger.imports.csv.CsvWriter;
import jp.tsunagu.ledger.imports.profile.ImportField;
import jp.tsunagu.ledger.record.LedgerField;

/**
 * The import report as a CSV download: a summary block, then one line per problem (row, line, field, reason code and
 * its meaning). Contains no value from the file.
 */
public final class ImportReportCsv {

    private ImportReportCsv() {
    }

    public static void write(ImportReport report, Writer out) {
        CsvWriter csv = new CsvWriter(out).bom();
        csv.row(List.of("ファイル", report.fileName()));
        csv.row(List.of("状態", report.status() + (report.alreadyImported() ? "（取込済みのファイル）" : "")));
        csv.row(List.of("読込行数", Long.toString(report.rowsRead())));
        csv.row(List.of("登録", Long.toString(report.rowsAccepted())));
        csv.row(List.of("重複（登録済み）", Long.toString(report.rowsDuplicate())));
        csv.row(List.of("エラー行", Long.toString(report.rowsRejected())));
        report.failure().ifPresent(failure -> csv.row(List.of("中断理由", failure)));
        if (!report.unusedColumns().isEmpty()) {
            csv.row(List.of("使われなかった列", String.join("・", report.unusedColumns())));
        }
        csv.row(List.of());
        csv.row(List.of("行番号", "ファイルの行", "項目", "項目名", "理由コード", "理由"));
        for (RowError error : report.errors()) {
            String field = error.problem().field();
            csv.row(List.of(Long.toString(error.rowNumber()), Long.toString(error.line()), field, label(field),
                    error.problem().code().name(), error.problem().code().japanese()));
        }
    }

    private static String label(String fieldId) {
        return ImportField.byId(fieldId)
                .map(f -> f.ledgerField().map(LedgerField::japanese).orElse(f.id()))
                .orElse("行全体");
    }
}
