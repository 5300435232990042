package jp.tsunagu.ledger.search;

import java.util.Objects;

/**
 * The order of a search's results: by reading (50音 order of the katakana), birth date, municipality code or last
 * update, ascending or descending. Persons without the value come last either way; ties are broken by reading, then
 * by person id, so paging through a result never shows a person twice or skips one.
 */
public record PersonOrder(Key key, boolean descending) {

    public enum Key {
        KANA, BIRTH_DATE, MUNICIPALITY, LAST_UPDATE
    }

    /** By reading, ascending: the ledger's usual list. */
    public static final PersonOrder DEFAULT = ascending(Key.KANA);

    public PersonOrder {
        Objects.requireNonNull(key, "key");
    }

    public static PersonOrder ascending(Key key) {
        return new PersonOrder(key, false);
    }

    public static PersonOrder descending(Key key) {
        return new PersonOrder(key, true);
    }
}
