package jp.tsunagu.ledger.selfreport;

import java.util.Optional;

/** A value with a stable name in the API (its slug). */
public interface Slugged {

    String slug();

    /** The constant with this slug, if any. */
    static <E extends Enum<E> & Slugged> Optional<E> of(Class<E> type, String slug) {
        for (E constant : type.getEnumConstants()) {
            if (constant.slug().equals(slug)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
