package jp.tsunagu.operator.traffic;

import java.util.HashMap;
import java.util.Map;

/**
 * One node's recent traffic per tenant label as one line of text, the form in which nodes share it through the
 * cluster (text, so no class of this application has to be known to Hazelcast): {@code label=counts} separated by
 * tabs. Labels are tenant codes, {@code operator} or {@code none}: never a name.
 */
public final class NodeTrafficText {

    private NodeTrafficText() {
    }

    public static String of(Map<String, TrafficCounts> recent) {
        StringBuilder text = new StringBuilder();
        recent.forEach((label, counts) -> text.append(text.isEmpty() ? "" : "\t").append(label).append('=').append(counts.text()));
        return text.toString();
    }

    /** What a node shared; entries that do not read are left out. */
    public static Map<String, TrafficCounts> parse(String text) {
        Map<String, TrafficCounts> recent = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return recent;
        }
        for (String entry : text.split("\t")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                TrafficCounts.parse(entry.substring(equals + 1)).ifPresent(counts -> recent.put(entry.substring(0, equals), counts));
            }
        }
        return recent;
    }

    /** The sum of several nodes' traffic, label by label. */
    public static Map<String, TrafficCounts> sum(Iterable<Map<String, TrafficCounts>> nodes) {
        Map<String, TrafficCounts> total = new HashMap<>();
        for (Map<String, TrafficCounts> node : nodes) {
            node.forEach((label, counts) -> total.merge(label, counts, TrafficCounts::plus));
        }
        return total;
    }
}
