package jp.tsunagu.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import jp.tsunagu.tenants.schema.TenantChangelog;

/** The ledger's tables in every tenant schema; after provisioning's (100), whose disaster instances they reference. */
@ApplicationScoped
public class LedgerChangelog {

    @Produces
    public static final TenantChangelog TABLES = new TenantChangelog("db/tenant/ledger.xml", 200);

    /** Resident self-reports, consent and outreach segments (a file of its own, after the ledger's tables). */
    @Produces
    public static final TenantChangelog RESIDENTS = new TenantChangelog("db/tenant/residents.xml", 210);
}
