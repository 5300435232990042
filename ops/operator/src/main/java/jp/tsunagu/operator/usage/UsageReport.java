package jp.tsunagu.operator.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * A usage report for a period: per tenant the days in use, disaster instances, account grants, persons in the ledger
 * and, when a fee formula is configured, the fee in yen. Figures only.
 */
public record UsageReport(LocalDate from, LocalDate to, String feeFormula, List<TenantUsage> tenants) {

    public record TenantUsage(String prefectureCode, String prefectureName, long activeDays, long disasterInstances,
                              long accounts, long persons, Long fee) {
    }

    /** The report as CSV (UTF-8; the caller writes the BOM Excel needs), one row per tenant. */
    public void writeCsv(Writer out) {
        try {
            out.write("都道府県コード,都道府県,期間開始,期間終了,利用日数,災害インスタンス数,アカウント数,台帳人数,利用料（円）\r\n");
            for (TenantUsage tenant : tenants) {
                out.write(String.join(",", tenant.prefectureCode(), tenant.prefectureName(), from.toString(), to.toString(),
                        Long.toString(tenant.activeDays()), Long.toString(tenant.disasterInstances()),
                        Long.toString(tenant.accounts()), Long.toString(tenant.persons()),
                        tenant.fee() == null ? "" : Long.toString(tenant.fee())) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
