package jp.tsunagu.ledger.imports.profile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.ledger.imports.csv.ImportFileException.Reason;

/**
 * A profile applied to a file's header row: which column (or columns) each field comes from. Headers are compared
 * loosely (NFKC, no spaces, case, a leading ※ or trailing * ignored), so 「氏　名」 and 「氏名」 or 「ﾌﾘｶﾞﾅ」 and
 * 「フリガナ」 are one. Also lists the file's columns no field uses, and the profile's fields the file lacks, for the report.
 */
public final class ResolvedProfile {

    private record Source(ColumnMapping mapping, int[] columns) {
    }

    private final ColumnProfile profile;
    private final List<String> header;
    private final List<Source> sources;
    private final List<String> unusedColumns;
    private final List<ImportField> missingFields;
    private final int rejectedRowIdColumn;

    private ResolvedProfile(ColumnProfile profile, List<String> header, List<Source> sources, List<String> unusedColumns,
                            List<ImportField> missingFields, int rejectedRowIdColumn) {
        this.profile = profile;
        this.header = header;
        this.sources = sources;
        this.unusedColumns = unusedColumns;
        this.missingFields = missingFields;
        this.rejectedRowIdColumn = rejectedRowIdColumn;
    }

    /** Resolves against the header row (line 1); fails if the file has no column that names the person. */
    public static ResolvedProfile resolve(ColumnProfile profile, List<String> header, long headerLine) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = normalize(header.get(i));
            if (key.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(key, i) != null) {
                throw new ImportFileException(Reason.DUPLICATE_HEADER, headerLine, "column " + (i + 1) + " repeats an earlier header");
            }
        }
        List<Source> sources = new ArrayList<>();
        List<ImportField> missing = new ArrayList<>();
        boolean[] used = new boolean[header.size()];
        for (ColumnMapping mapping : profile.columns()) {
            int[] columns = columns(mapping, index);
            for (int column : columns) {
                used[column] = true;
            }
            if (columns.length == 0 && mapping.constant().isEmpty()) {
                missing.add(mapping.field());
                continue;
            }
            sources.add(new Source(mapping, columns));
        }
        if (sources.stream().noneMatch(s -> s.mapping().field().namesThePerson())) {
            throw new ImportFileException(Reason.MISSING_COLUMNS, headerLine,
                    "no column gives a name (profile " + profile.name() + "): is this the right profile?");
        }
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!used[i] && !header.get(i).isBlank() && !CorrectionColumns.isCorrectionColumn(header.get(i))) {
                unused.add(header.get(i));
            }
        }
        Integer rejectedRowId = index.get(normalize(CorrectionColumns.REJECTED_ROW_ID));
        return new ResolvedProfile(profile, List.copyOf(header), sources, unused, missing,
                rejectedRowId == null || used[rejectedRowId] ? -1 : rejectedRowId);
    }

    private static int[] columns(ColumnMapping mapping, Map<String, Integer> index) {
        if (!mapping.headers().isEmpty()) {
            for (String name : mapping.headers()) {
                Integer column = index.get(normalize(name));
                if (column != null) {
                    return new int[]{column};
                }
            }
            return new int[0];
        }
        return mapping.join().stream().map(name -> index.get(normalize(name))).filter(i -> i != null)
                .mapToInt(Integer::intValue).toArray();
    }

    static String normalize(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '※' && c != '*' && c != '\uFEFF') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Applies the profile to a data row. Missing trailing cells are empty. */
    public MappedRow map(List<String> cells) {
        EnumMap<ImportField, String> fields = new EnumMap<>(ImportField.class);
        for (Source source : sources) {
            String text = text(source, cells);
            ColumnMapping mapping = source.mapping();
            if (text.isEmpty() && mapping.constant().isPresent()) {
                text = mapping.constant().get();
            }
            text = mapping.values().getOrDefault(text, text);
            if (mapping.transform().isPresent()) {
                text = mapping.transform().get().apply(text);
            }
            if (!text.isEmpty()) {
                fields.put(mapping.field(), text);
            }
        }
        Map<String, String> asReceived = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(header.size(), cells.size()); i++) {
            String name = i < header.size() && !header.get(i).isBlank() ? header.get(i) : "column " + (i + 1);
            asReceived.put(name, i < cells.size() ? cells.get(i) : "");
        }
        Optional<java.util.UUID> corrects = rejectedRowIdColumn < 0 ? Optional.empty()
                : CorrectionColumns.rejectedRowId(cell(cells, rejectedRowIdColumn));
        return new MappedRow(fields, asReceived, corrects);
    }

    private static String text(Source source, List<String> cells) {
        int[] columns = source.columns();
        if (columns.length == 1) {
            return cell(cells, columns[0]);
        }
        StringBuilder joined = new StringBuilder();
        for (int column : columns) {
            String cell = cell(cells, column);
            if (!cell.isEmpty()) {
                if (!joined.isEmpty()) {
                    joined.append(source.mapping().separator());
                }
                joined.append(cell);
            }
        }
        return joined.toString();
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    /** The header names of the column a field comes from, for problem reports and the rejected-rows file. */
    public Optional<String> headerOf(ImportField field) {
        return sources.stream().filter(s -> s.mapping().field() == field && s.columns().length > 0)
                .findFirst().map(s -> header.get(s.columns()[0]));
    }

    public ColumnProfile profile() {
        return profile;
    }

    public List<String> header() {
        return header;
    }

    public List<String> unusedColumns() {
        return unusedColumns;
    }

    public List<ImportField> missingFields() {
        return missingFields;
    }
}
