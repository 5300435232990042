package jp.tsunagu.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import jp.tsunagu.tenants.schema.RegistryChangelog;
import jp.tsunagu.tenants.schema.TenantChangelog;

/**
 * Provisioning's tables in every tenant schema; they come first, since later modules refer to disaster instances.
 * Public for tools that migrate outside CDI (the backup's restore runs the release's changelogs).
 */
@ApplicationScoped
public class ProvisioningChangelog {

    @Produces
    public static final TenantChangelog TABLES = new TenantChangelog("db/tenant/provisioning.xml", 100);

    /** Sharing agreements: between two tenants, so in the shared schema (docs/decisions/sharing-agreements-in-registry.md). */
    @Produces
    public static final RegistryChangelog AGREEMENTS = new RegistryChangelog("db/registry/sharing-agreements.xml", 100);

    /** Service clients' kinds (resident portals) and webhooks; a file of its own, after the tables it alters. */
    @Produces
    public static final TenantChangelog SERVICE_CLIENT_KINDS = new TenantChangelog("db/tenant/service-client-kinds.xml", 110);
}
