package jp.tsunagu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import jp.tsunagu.tenants.schema.TenantChangelog;

/** The access log's tables in every tenant schema; they reference nothing else, so they come first. */
@ApplicationScoped
public class AuditChangelog {

    @Produces
    public static final TenantChangelog TABLES = new TenantChangelog("db/tenant/audit.xml", 50);
}
