package jp.tsunagu.ledger.imports.job;

import jp.tsunagu.ledger.imports.row.RowProblem;

/** One problem of one rejected row: the row's number among the data rows, the line it starts on, and the problem. */
public record RowError(long rowNumber, long line, RowProblem problem) {
}
