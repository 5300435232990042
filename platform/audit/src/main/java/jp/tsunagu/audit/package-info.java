/**
 * Lawful use of victims' personal data and its record (issue 4, "Lawful provision and audit").
 * <ul>
 *   <li>{@code basis}: which ground of 災害対策基本法 90条の4 covers a read, an export or a provision
 *   ({@link jp.tsunagu.audit.basis.BasisPolicy}), refused with a problem naming the missing ground otherwise.</li>
 *   <li>{@code trail}: the tenant's append-only, hash-chained access log; {@link jp.tsunagu.audit.trail.Audited} on
 *   a REST method or {@link jp.tsunagu.audit.trail.AuditTrail#record} appends an entry.</li>
 *   <li>{@code admin}: the prefecture admin's search, CSV download and chain verification.</li>
 * </ul>
 * Depends on {@code tenants} only, so every module holding personal data can use it (docs/decisions/audit-module.md).
 */
package jp.tsunagu.audit;
