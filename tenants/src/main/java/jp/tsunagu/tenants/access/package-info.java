/**
 * Access to one tenant's data, fail closed: the request's tenant ({@link jp.tsunagu.tenants.access.CurrentTenant}),
 * the binding of a transaction to that tenant's schema ({@link jp.tsunagu.tenants.access.TenantSchemaBinding},
 * {@link jp.tsunagu.tenants.access.TenantTransactional}), and explicit tenant work for background jobs
 * ({@link jp.tsunagu.tenants.access.TenantWork}). How and why: docs/architecture.md, "Where each tenant's data lives".
 */
package jp.tsunagu.tenants.access;
