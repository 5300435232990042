package jp.tsunagu.ledger.view;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A ledger value with the source records it came from and the rule that chose it. {@code toString} leaves the value
 * out: values are personal data.
 */
public record Traced<T>(T value, List<UUID> sources, DerivationRule rule) {

    public Traced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a ledger value comes from at least one record");
        }
    }

    @Override
    public String toString() {
        return "Traced[" + rule + " from " + sources + "]";
    }
}
