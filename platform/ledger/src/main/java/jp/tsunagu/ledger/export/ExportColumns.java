package jp.tsunagu.ledger.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ColumnMapping;
import jp.tsunagu.ledger.imports.profile.ImportField;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.view.LedgerExport;
import jp.tsunagu.ledger.view.LedgerView;

/**
 * The columns of an export: those of the standard Tsunagu format (docs/import-format.md), taken from the built-in
 * {@code tsunagu-standard} profile so the two cannot drift apart, with its Japanese headers. An exported file can be
 * imported again as it is. Two columns are the ledger's own: 管理番号 is the person id (the ledger's id of the row),
 * 記録日時 the latest time any of the person's records speaks for (Japan time). Every other column is the person's
 * derived item as text; 個人番号 only under an entitled disclosure, else empty.
 */
public final class ExportColumns {

    private static final DateTimeFormatter JAPAN_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final List<ColumnMapping> columns = BuiltInProfiles.require(BuiltInProfiles.STANDARD).columns();

    public List<String> headers() {
        return columns.stream().map(c -> c.headers().getFirst()).toList();
    }

    /** The ledger items the columns carry, for the record of what an export contained. */
    public List<LedgerField> fields(MyNumberDisclosure disclosure) {
        return columns.stream().flatMap(c -> c.field().ledgerField().stream())
                .filter(f -> f != LedgerField.MY_NUMBER || disclosure instanceof MyNumberDisclosure.Entitled)
                .toList();
    }

    public List<String> row(LedgerView view, Instant latest, LedgerExport export, MyNumberDisclosure disclosure) {
        Map<String, String> items = export.row(view, fields(disclosure), disclosure);
        List<String> cells = new ArrayList<>(columns.size());
        for (ColumnMapping column : columns) {
            ImportField field = column.field();
            cells.add(switch (field) {
                case EXTERNAL_ID -> view.personId().toString();
                case OBSERVED_AT -> JAPAN_TIME.format(latest);
                default -> items.getOrDefault(field.ledgerField().orElseThrow().id(), "");
            });
        }
        return cells;
    }
}
