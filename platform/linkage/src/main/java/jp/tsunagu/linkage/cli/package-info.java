/**
 * Command-line linkage of a CSV file without a server: {@link jp.tsunagu.linkage.cli.LinkCsv}. Errors name the line
 * and the field, never the value (values are personal data).
 */
package jp.tsunagu.linkage.cli;
