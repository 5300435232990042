package jp.tsunagu.ledger.imports.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tsunagu.ledger.record.SourceKind;

/**
 * A column mapping profile: how the columns of one kind of file become ledger fields. Profiles are data (JSON, see
 * {@link ProfileJson}): the built-in ones ship as resources, users define their own per tenant without code. A
 * profile that fixes no source kind (the standard format) takes the one the import names.
 */
public record ColumnProfile(String name, String title, Optional<SourceKind> sourceKind, List<ColumnMapping> columns) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceKind, "sourceKind");
        columns = List.copyOf(columns);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidProfileException("name", "a profile name is lower-case letters, digits and hyphens (at most 100)");
        }
        if (sourceKind.filter(SourceKind::isEnteredOnly).isPresent()) {
            throw new InvalidProfileException("sourceKind", "staff corrections and reports are entered, not imported");
        }
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        for (ColumnMapping column : columns) {
            if (!seen.add(column.field())) {
                throw new InvalidProfileException("columns", "field " + column.field().id() + " is mapped twice");
            }
        }
        if (seen.stream().noneMatch(ImportField::namesThePerson)) {
            throw new InvalidProfileException("columns", "a profile maps a name: fullName, familyName, fullNameKana or familyNameKana");
        }
    }

    public Optional<ColumnMapping> mapping(ImportField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }
}
