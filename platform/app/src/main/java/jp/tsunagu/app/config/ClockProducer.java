package jp.tsunagu.app.config;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application's clock: Japan time, so "today" is the prefecture's calendar day. */
@ApplicationScoped
public class ClockProducer {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Produces
    Clock clock() {
        return Clock.system(JAPAN);
    }
}
