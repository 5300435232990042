package jp.tsunagu.ledger.record;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Rows written in bulk (records of an
 * import, persons and links of a linking run) get ids that grow with time, so their primary-key index grows at its
 * right edge and the reference checks of a page touch neighbouring pages, instead of one random page per row as
 * with version 4. Ids are not secrets here (access goes by tenant and grant), and say no more than the creation
 * times the rows carry anyway.
 */
public final class TimeOrderedIds {

    private final Clock clock;

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    public UUID next() {
        long millis = clock.millis();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
