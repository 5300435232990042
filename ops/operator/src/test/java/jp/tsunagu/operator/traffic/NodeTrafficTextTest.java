package jp.tsunagu.operator.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NodeTrafficTextTest {

    static final long MS = 1_000_000;

    @Test
    void aNodesFiguresReadBackAsTheyWere() {
        Map<String, TrafficCounts> node = Map.of("17", TrafficCounts.of(200, 3 * MS).plus(TrafficCounts.of(503, 900 * MS)),
                "operator", TrafficCounts.of(404, MS));
        assertEquals(node, NodeTrafficText.parse(NodeTrafficText.of(node)));
    }

    @Test
    void theClustersFiguresAreTheSumOfItsNodesTenantByTenant() {
        Map<String, TrafficCounts> one = Map.of("17", TrafficCounts.of(200, MS));
        Map<String, TrafficCounts> two = Map.of("17", TrafficCounts.of(500, MS), "16", TrafficCounts.of(200, MS));
        Map<String, TrafficCounts> cluster = NodeTrafficText.sum(List.of(one, two));
        assertEquals(2, cluster.get("17").requests());
        assertEquals(1, cluster.get("17").serverErrors());
        assertEquals(1, cluster.get("16").requests());
    }

    @Test
    void whatDoesNotReadIsLeftOutNotGuessed() {
        assertTrue(NodeTrafficText.parse(null).isEmpty());
        assertTrue(NodeTrafficText.parse("17=1,0,0\t=3").isEmpty(), "too few buckets; no label");
        Map<String, TrafficCounts> partly = NodeTrafficText.parse("17=x\t16=" + TrafficCounts.of(200, MS).text());
        assertEquals(Map.of("16", TrafficCounts.of(200, MS)), partly);
    }
}
