package jp.tsunagu.ledger.imports.csv;

/**
 * Bounds on an import file, so a wrong or hostile file fails early and clearly: its size, one field's length (an
 * unterminated quote would otherwise swallow the rest of the file) and the number of columns.
 */
public record ImportLimits(long maxBytes, int maxFieldChars, int maxColumns) {

    /** 512 MiB (a million rows of a wide roster fit), 10,000 characters per field, 300 columns. */
    public static final ImportLimits DEFAULT = new ImportLimits(512L * 1024 * 1024, 10_000, 300);

    public ImportLimits {
        if (maxBytes <= 0 || maxFieldChars <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("import limits are positive");
        }
    }
}
