package jp.tsunagu.ledger.person.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.ledger.mynumber.EncryptedMyNumber;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.Traced;

/**
 * One item of a person's ledger entry as the API shows it: the value, the ids of the records it came from and the
 * rule that chose it (see docs/ledger.md). 個人番号 is never shown: its item says only that it is {@code withheld}.
 * Values are plain JSON: text, ISO dates, code names (FEMALE, TOTAL_COLLAPSE), numbers, booleans, lists of text.
 */
public record ItemView(String label, Object value, Boolean withheld, List<String> sources, String rule) {

    /** The household items (世帯番号, 続柄, 世帯人数), shown apart from the person's own items. */
    static final Set<LedgerField> HOUSEHOLD = Set.of(LedgerField.HOUSEHOLD_KEY, LedgerField.HOUSEHOLD_RELATIONSHIP,
            LedgerField.HOUSEHOLD_SIZE);

    static ItemView of(LedgerField field, Traced<?> traced) {
        List<String> sources = traced.sources().stream().map(UUID::toString).toList();
        if (traced.value() instanceof EncryptedMyNumber) {
            return new ItemView(field.japanese(), null, true, sources, traced.rule().name());
        }
        return new ItemView(field.japanese(), plain(traced.value()), null, sources, traced.rule().name());
    }

    /** The person's own items, by field id in the ledger's order. */
    static Map<String, ItemView> personal(LedgerView view) {
        return items(view, false);
    }

    static Map<String, ItemView> household(LedgerView view) {
        return items(view, true);
    }

    private static Map<String, ItemView> items(LedgerView view, boolean household) {
        Map<String, ItemView> items = new LinkedHashMap<>();
        view.items().forEach((field, traced) -> {
            if (HOUSEHOLD.contains(field) == household) {
                items.put(field.id(), of(field, traced));
            }
        });
        return items;
    }

    /** A ledger value as plain JSON; the caller keeps 個人番号 out. */
    public static Object plain(Object value) {
        return switch (value) {
            case String text -> text;
            case Boolean flag -> flag;
            case Integer number -> number;
            case LocalDate date -> date.toString();
            case Enum<?> code -> code.name();
            case List<?> list -> list.stream().map(String::valueOf).toList();
            default -> throw new IllegalArgumentException("no JSON form for a " + value.getClass().getSimpleName());
        };
    }
}
