package jp.tsunagu.operator.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's requests of the last minutes, per tenant label ({@code 17}, {@code operator}, {@code none}), in
 * one-minute slots. Recording is a map merge per request; a slot older than the window is dropped when read or
 * overwritten. Nothing but counts: no path, no user, no query.
 */
public final class TrafficWindow {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    private static final long SLOT_SECONDS = 60;
    private static final int SLOTS = (int) (WINDOW.toSeconds() / SLOT_SECONDS);

    private record Slot(long minute, TrafficCounts counts) {
    }

    private final Map<String, Slot[]> slots = new ConcurrentHashMap<>();

    public void record(String tenant, int status, long nanos, Instant at) {
        long minute = at.getEpochSecond() / SLOT_SECONDS;
        TrafficCounts one = TrafficCounts.of(status, nanos);
        Slot[] ring = slots.computeIfAbsent(tenant, t -> new Slot[SLOTS]);
        int index = (int) Math.floorMod(minute, (long) SLOTS);
        synchronized (ring) {
            Slot slot = ring[index];
            ring[index] = slot == null || slot.minute() != minute ? new Slot(minute, one) : new Slot(minute, slot.counts().plus(one));
        }
    }

    /** Per tenant label, the requests of the window ending at {@code now}; tenants without any are left out. */
    public Map<String, TrafficCounts> recent(Instant now) {
        long current = now.getEpochSecond() / SLOT_SECONDS;
        Map<String, TrafficCounts> recent = new HashMap<>();
        slots.forEach((tenant, ring) -> {
            TrafficCounts sum = TrafficCounts.NONE;
            synchronized (ring) {
                for (Slot slot : ring) {
                    if (slot != null && slot.minute() > current - SLOTS && slot.minute() <= current) {
                        sum = sum.plus(slot.counts());
                    }
                }
            }
            if (sum.requests() > 0) {
                recent.put(tenant, sum);
            }
        });
        return recent;
    }
}
