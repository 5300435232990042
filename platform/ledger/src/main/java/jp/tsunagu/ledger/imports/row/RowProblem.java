package jp.tsunagu.ledger.imports.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One reason a row was not accepted: the field (its profile id, or {@code row} for the row as a whole) and a code.
 * Never the value. Written as {@code field:CODE}, several joined by {@code ;}.
 */
public record RowProblem(String field, ProblemCode code) {

    public static final String WHOLE_ROW = "row";

    public RowProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return field + ":" + code.name();
    }

    public static String join(List<RowProblem> problems) {
        return String.join(";", problems.stream().map(RowProblem::toString).toList());
    }

    public static List<RowProblem> parse(String text) {
        List<RowProblem> problems = new ArrayList<>();
        for (String entry : text.split(";")) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0) {
                problems.add(new RowProblem(entry.substring(0, colon), ProblemCode.valueOf(entry.substring(colon + 1))));
            }
        }
        return problems;
    }
}
