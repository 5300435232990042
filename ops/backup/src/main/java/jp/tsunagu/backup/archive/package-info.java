/**
 * The archive file: a zip with one entry of COPY text per table and the manifest that lists and checks them. Reading
 * and verifying need no database; the manifest holds names and figures only, never a row's content.
 */
package jp.tsunagu.backup.archive;
