package jp.tsunagu.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import jp.tsunagu.tenants.schema.TenantChangelog;

/** The support case tables in every tenant schema; after the ledger's (200), whose persons they reference. */
@ApplicationScoped
public class SupportChangelog {

    @Produces
    public static final TenantChangelog TABLES = new TenantChangelog("db/tenant/support.xml", 300);
}
