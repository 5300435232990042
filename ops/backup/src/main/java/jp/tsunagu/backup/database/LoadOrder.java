package jp.tsunagu.backup.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order to load tables in so that every foreign key that cannot be deferred finds its referenced rows already
 * there; deferrable ones are deferred for the load and checked when it ends, so they may form cycles (persons and
 * merges refer to each other). Ties go by name, so the order is the same on every run.
 */
public final class LoadOrder {

    private LoadOrder() {
    }

    public static List<String> of(List<String> tables, List<ForeignKey> foreignKeys) {
        Set<String> known = new HashSet<>(tables);
        Map<String, Set<String>> waitsFor = new HashMap<>();
        tables.forEach(table -> waitsFor.put(table, new HashSet<>()));
        for (ForeignKey key : foreignKeys) {
            if (!key.deferrable() && !key.table().equals(key.referencedTable())
                    && known.contains(key.table()) && known.contains(key.referencedTable())) {
                waitsFor.get(key.table()).add(key.referencedTable());
            }
        }
        List<String> order = new ArrayList<>();
        TreeSet<String> ready = new TreeSet<>();
        waitsFor.forEach((table, parents) -> {
            if (parents.isEmpty()) {
                ready.add(table);
            }
        });
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            order.add(next);
            waitsFor.forEach((table, parents) -> {
                if (parents.remove(next) && parents.isEmpty()) {
                    ready.add(table);
                }
            });
        }
        if (order.size() < tables.size()) {
            List<String> stuck = tables.stream().filter(t -> !order.contains(t)).sorted().toList();
            throw new IllegalStateException("tables " + stuck + " refer to each other through foreign keys that cannot be"
                    + " deferred: no load order satisfies them");
        }
        return order;
    }
}
