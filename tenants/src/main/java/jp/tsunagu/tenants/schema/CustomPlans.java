package jp.tsunagu.tenants.schema;

import javax.sql.DataSource;

/**
 * The application's connections plan every statement for its parameters and for the tables as they are at that
 * moment ({@code plan_cache_mode = force_custom_plan}, set through the driver's start-up {@link #OPTIONS}).
 * <p>
 * Why: the driver prepares a statement on the server once it has run a few times on a connection, and PostgreSQL may
 * then keep one generic plan for it until the statistics of its tables change. A plan made while a tenant's tables
 * were nearly empty was kept while a first import grew them by tens of thousands of rows within the minute before
 * autovacuum analysed them; reading that import's status became a nested loop over the whole link table for every
 * record, minutes instead of milliseconds. Planning each execution costs a fraction of a millisecond. A statement
 * that is better served by a generic plan asks for one in its own transaction ({@code set_config(..., true)}).
 */
public final class CustomPlans {

    /** The value of the PostgreSQL driver's {@code options} property. */
    public static final String OPTIONS = "-c plan_cache_mode=force_custom_plan";

    private CustomPlans() {
    }

    /** Throws if a fresh connection from the pool does not plan every execution anew. */
    public static void verify(DataSource dataSource) {
        String mode = SessionSetting.of(dataSource, "plan_cache_mode");
        if (!mode.equals("force_custom_plan")) {
            throw new IllegalStateException("connections must start with plan_cache_mode force_custom_plan (the driver's"
                    + " options " + OPTIONS + "), but it is: " + mode);
        }
    }
}
