package jp.tsunagu.app.activity;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.operator.traffic.TrafficCounts;
import jp.tsunagu.operator.traffic.TrafficFigures;
import jp.tsunagu.operator.traffic.TrafficWindow;

/** This node's API traffic of the last minutes, fed by {@link RequestFigures}, read by the operator plane. */
@ApplicationScoped
public class NodeTraffic implements TrafficFigures {

    private final TrafficWindow window = new TrafficWindow();

    @Inject
    Clock clock;

    void record(String tenantLabel, int status, long nanos) {
        window.record(tenantLabel, status, nanos, clock.instant());
    }

    @Override
    public Map<String, TrafficCounts> recent() {
        return window.recent(clock.instant());
    }
}
