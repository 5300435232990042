package jp.tsunagu.operator.traffic;

import java.util.Map;

/**
 * The API traffic of the last {@link TrafficWindow#WINDOW} per tenant label, over every application node the
 * implementation can see. The application provides it: one node's own window, or the whole cluster's.
 */
public interface TrafficFigures {

    Map<String, TrafficCounts> recent();
}
