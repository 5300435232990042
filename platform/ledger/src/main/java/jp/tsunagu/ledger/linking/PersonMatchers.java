package jp.tsunagu.ledger.linking;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.Thresholds;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The matcher the application links with: {@link LinkageMatcher} with the tenant as home prefecture (an address
 * without a prefecture is read as one of its municipalities). Thresholds in bits: above the upper a record is linked,
 * between them it goes to review, below it is a new person. By default they follow the size of the population a record
 * is compared with, as in batch linkage ({@link Thresholds#forBatchOf} the records known and being linked: 15.3 bits
 * at 20,000 records, 20.9 at a million); {@code tsunagu.ledger.linkage.upper-threshold} and {@code lower-threshold}
 * fix them (both or neither). One matcher per tenant, built once: building one loads the linkage tables.
 */
@ApplicationScoped
public class PersonMatchers {

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.linkage.upper-threshold")
    Optional<Double> upper;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.linkage.lower-threshold")
    Optional<Double> lower;

    private final Map<PrefectureCode, PersonMatcher> matchers = new ConcurrentHashMap<>();

    public PersonMatcher forTenant(PrefectureCode tenant) {
        return matchers.computeIfAbsent(tenant, home -> new LinkageMatcher(settings().withHomePrefecture(home)));
    }

    private LinkerSettings settings() {
        if (upper.isPresent() != lower.isPresent()) {
            throw new IllegalStateException("tsunagu.ledger.linkage.upper-threshold and lower-threshold are set together");
        }
        return upper.isPresent() ? LinkerSettings.defaults().withThresholds(new Thresholds(upper.get(), lower.get()))
                : LinkerSettings.defaults();
    }
}
