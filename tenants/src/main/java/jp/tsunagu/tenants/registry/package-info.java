/**
 * The tenant registry: one {@link jp.tsunagu.tenants.registry.Tenant} per prefecture, dormant until it is
 * onboarded, with the onboarding steps done so far so that a stopped onboarding resumes. Found through
 * {@link jp.tsunagu.tenants.registry.TenantRegistry}. Out of scope: performing the steps (provisioning does).
 */
package jp.tsunagu.tenants.registry;
