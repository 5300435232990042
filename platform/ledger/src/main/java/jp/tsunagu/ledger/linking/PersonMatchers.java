package jp.tsunagu.ledger.linking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.Thresholds;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The matcher the application links with: {@link LinkageMatcher} with the tenant as home prefecture (an address
 * without a prefecture is read as one of its municipalities) and the thresholds from configuration
 * ({@code tsunagu.ledger.linkage.upper-threshold} / {@code lower-threshold}, in bits; above the upper a record is
 * linked, between them it goes to review, below it is a new person). One matcher per tenant, built once: building
 * one loads the linkage tables.
 */
@ApplicationScoped
public class PersonMatchers {

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.linkage.upper-threshold", defaultValue = "20")
    double upper;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.linkage.lower-threshold", defaultValue = "14")
    double lower;

    private final Map<PrefectureCode, PersonMatcher> matchers = new ConcurrentHashMap<>();

    public PersonMatcher forTenant(PrefectureCode tenant) {
        return matchers.computeIfAbsent(tenant, home -> new LinkageMatcher(LinkerSettings.defaults()
                .withThresholds(new Thresholds(upper, lower))
                .withHomePrefecture(home)));
    }
}
