/**
 * Reference data shared by every tenant: the value objects {@link jp.tsunagu.tenants.reference.PrefectureCode}
 * and {@link jp.tsunagu.tenants.reference.MunicipalityCode} (an invalid code cannot exist), and the prefectures
 * and municipalities of 2024 in schema {@code registry}, read through
 * {@link jp.tsunagu.tenants.reference.ReferenceData}. The data comes from CSV files loaded by Liquibase
 * (docs/reference-data.md); the application never writes it, so its entities are read-only and cached.
 */
package jp.tsunagu.tenants.reference;
