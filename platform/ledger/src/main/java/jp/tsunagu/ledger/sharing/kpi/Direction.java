package jp.tsunagu.ledger.sharing.kpi;

import java.util.Arrays;
import java.util.Locale;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/** Which way a record travels: KPI ① a home record to a host, KPI ② a host's addition to the home. */
public enum Direction {
    /** KPI ①: from a record's arrival at home to the first moment a host municipality could read it. */
    TO_HOST,
    /** KPI ②: from a host municipality's addition to the first moment the home could read it. */
    TO_HOME;

    /** {@code to-host}, {@code to-home}: how the API names it. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Direction fromSlug(String text) {
        return Arrays.stream(values()).filter(d -> d.slug().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("direction", "direction is to-host or to-home"));
    }
}
