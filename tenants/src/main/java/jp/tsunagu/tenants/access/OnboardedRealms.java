package jp.tsunagu.tenants.access;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jp.tsunagu.tenants.reference.InvalidCodeException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The usual {@link IssuerDirectory}: the operator realm, plus the realm of each prefecture that the registry says
 * is onboarded at the moment of the request. The integrator builds it with a predicate over the registry, so
 * offboarding a tenant stops its tokens at once.
 */
public final class OnboardedRealms implements IssuerDirectory {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    private final RealmIssuers realms;
    private final Predicate<PrefectureCode> isOnboarded;

    public OnboardedRealms(RealmIssuers realms, Predicate<PrefectureCode> isOnboarded) {
        this.realms = Objects.requireNonNull(realms, "realms");
        this.isOnboarded = Objects.requireNonNull(isOnboarded, "isOnboarded");
    }

    @Override
    public Optional<TrustedIssuer> find(String issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        TrustedIssuer operators = realms.operators();
        if (operators.issuer().equals(issuer)) {
            return Optional.of(operators);
        }
        return prefectureOf(issuer)
                .filter(isOnboarded)
                .map(realms::tenant)
                // Rebuilt from the code: only the canonical spelling of the issuer is accepted.
                .filter(trusted -> trusted.issuer().equals(issuer));
    }

    private Optional<PrefectureCode> prefectureOf(String issuer) {
        String prefix = realms.tenantIssuerPrefix();
        if (!issuer.startsWith(prefix)) {
            return Optional.empty();
        }
        String digits = issuer.substring(prefix.length());
        if (!TWO_DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PrefectureCode.of(digits));
        } catch (InvalidCodeException notAPrefecture) {
            return Optional.empty();
        }
    }
}
