/**
 * Schemas and their migrations: {@code registry} by {@link jp.tsunagu.tenants.schema.RegistryMigrator},
 * each {@code tenant_NN} by {@link jp.tsunagu.tenants.schema.TenantSchemaMigrator} from the
 * {@link jp.tsunagu.tenants.schema.TenantChangelog}s that modules contribute. A tenant schema name reaches
 * SQL only through {@link jp.tsunagu.tenants.schema.TenantSchema}, which validates it.
 */
package jp.tsunagu.tenants.schema;
