/**
 * The command line ({@link jp.tsunagu.backup.cli.TenantBackupTool}): {@code backup}, {@code restore} and
 * {@code verify}, with exit statuses and one-line errors for everything a user can get wrong (docs/operations.md,
 * "Backup and restore drill").
 */
package jp.tsunagu.backup.cli;
