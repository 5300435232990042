/**
 * Liquibase changesets on both sides of a restore: those recorded in the archived schema and those of this release's
 * tenant changelogs. A restore refuses any difference rather than load rows into tables of another shape.
 */
package jp.tsunagu.backup.migration;
