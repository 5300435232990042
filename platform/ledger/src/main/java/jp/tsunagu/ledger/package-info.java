/**
 * The victim ledger (被災者台帳, 災害対策基本法 90条の3, 施行規則 8条の5) of one disaster instance, and the imports
 * that fill it.
 *
 * <p>Decisions: every source record is kept as received, with its provenance ({@code record}); a person's ledger
 * entry is derived from the records linked to them, each value traceable to the records it came from ({@code view});
 * links and merges are records themselves and can be undone ({@code person}); provisions of ledger information are
 * recorded with their legal basis ({@code provision}); 個人番号 is encrypted and only ever released against an
 * explicit entitlement ({@code mynumber}). Bulk imports stream files and write with COPY ({@code imports}); person
 * linkage is reached through a small SPI ({@code linking}) that the linkage module implements.
 *
 * <p>Who may do what is decided per disaster instance from the caller's grants ({@code access}); the purge of an
 * instance removes its ledger ({@link jp.tsunagu.ledger.LedgerPurge}). The persistence unit and the data source are
 * the application's (platform/app).
 * Personal data never goes into a log or an exception message: they name the field and the row, not the value.
 */
package jp.tsunagu.ledger;
