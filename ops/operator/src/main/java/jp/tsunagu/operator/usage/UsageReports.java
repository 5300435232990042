package jp.tsunagu.operator.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.provisioning.figures.UsageFigures;
import jp.tsunagu.tenants.reference.ReferenceData;
import jp.tsunagu.tenants.registry.Tenant;
import jp.tsunagu.tenants.registry.TenantRegistry;

/**
 * Usage per tenant for a period, with the fee from the configured formula ({@code tsunagu.usage.fee-formula}, see
 * {@link FeeFormula}; without one the report has no fee). The formula is read at start-up, so a mistake stops the
 * deployment with its position instead of surfacing in the first monthly report.
 */
@ApplicationScoped
public class UsageReports {

    @Inject
    @ConfigProperty(name = "tsunagu.usage.fee-formula")
    Optional<String> formulaText;

    @Inject
    TenantRegistry registry;

    @Inject
    ReferenceData referenceData;

    @Inject
    UsageFigures usage;

    private Optional<FeeFormula> formula = Optional.empty();

    void readFormula(@Observes Startup startup) {
        formula = formulaText.filter(text -> !text.isBlank()).map(FeeFormula::parse);
    }

    public UsageReport report(LocalDate from, LocalDate to) {
        List<UsageReport.TenantUsage> tenants = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            UsageFigures.Usage used = tenant.isOnboarded() ? usage.of(tenant.code(), from, to) : UsageFigures.Usage.NONE;
            Long fee = formula.map(f -> f.evaluate(Map.of("activeDays", used.activeDays(),
                    "disasterInstances", used.disasterInstances(), "accounts", used.accounts(),
                    "persons", used.persons()))).orElse(null);
            tenants.add(new UsageReport.TenantUsage(tenant.code().value(), referenceData.prefectureName(tenant.code()),
                    used.activeDays(), used.disasterInstances(), used.accounts(), used.persons(), fee));
        }
        return new UsageReport(from, to, formula.map(FeeFormula::text).orElse(null), tenants);
    }
}
