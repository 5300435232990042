package jp.tsunagu.ledger.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ImportField;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;
import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.imports.row.RowInterpreter;
import jp.tsunagu.ledger.imports.row.RowProblem;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * Reads the items of a staff correction (field id to text, e.g. {@code birthDate: 昭和30年4月12日}) by exactly the rules
 * an import of the standard format applies (docs/import-format.md), so a value the import would refuse cannot come in
 * by hand either. 個人番号 and the source's own id are not corrected by hand: the number comes only from the resident
 * register, where the person's identity was verified.
 */
public final class CorrectionItems {

    private static final Set<LedgerField> NOT_CORRECTABLE = Set.of(LedgerField.MY_NUMBER, LedgerField.EXTERNAL_ID);

    private CorrectionItems() {
    }

    /** The corrected values; refused, naming the field as {@code items.<id>}, when an item is unknown or invalid. */
    public static RecordValues read(Map<String, String> items, LocalDate today) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("items", "a correction states at least one item");
        }
        // The standard profile needs a column that names the person; it is always there, empty unless corrected.
        List<String> header = new ArrayList<>(List.of(ImportField.FULL_NAME.id()));
        List<String> cells = new ArrayList<>(List.of(items.getOrDefault(ImportField.FULL_NAME.id(), "")));
        items.forEach((id, text) -> {
            LedgerField field = correctable(id);
            if (text == null || text.isBlank()) {
                throw new InvalidRequestException("items." + id, "a corrected item states a value");
            }
            if (field != LedgerField.FULL_NAME) {
                header.add(id);
                cells.add(text);
            }
        });
        ResolvedProfile profile = ResolvedProfile.resolve(BuiltInProfiles.require(BuiltInProfiles.STANDARD), header, 1);
        Interpretation read = new RowInterpreter(SourceKind.STAFF_CORRECTION, profile, Optional.empty(), today)
                .interpretItems(profile.map(cells));
        return switch (read) {
            case Interpretation.Accepted accepted -> accepted.values();
            case Interpretation.Rejected rejected -> throw new InvalidRequestException(
                    "items." + rejected.problems().getFirst().field(),
                    "the correction does not follow the import rules: " + RowProblem.join(rejected.problems()));
        };
    }

    private static LedgerField correctable(String id) {
        if (!id.matches("[A-Za-z]{1,40}")) {
            // Not echoed: whatever was sent as a key is not ours to repeat.
            throw new InvalidRequestException("items", "items are named by their field ids, e.g. whereabouts");
        }
        LedgerField field = ImportField.byId(id).flatMap(ImportField::ledgerField)
                .orElseThrow(() -> new InvalidRequestException("items." + id, "not an item of the ledger"));
        if (NOT_CORRECTABLE.contains(field)) {
            throw new InvalidRequestException("items." + id, field == LedgerField.MY_NUMBER
                    ? "個人番号 is not corrected by hand: it comes from the resident register"
                    : "the source's own id is not corrected");
        }
        return field;
    }
}
