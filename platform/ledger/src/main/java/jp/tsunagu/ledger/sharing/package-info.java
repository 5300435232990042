/**
 * Reading and adding to a home prefecture's ledger through a sharing agreement (広域避難の情報共有協定): the one path by
 * which a host prefecture's staff reach another tenant's data. Every request checks, from the database, that the
 * agreement is in force and that the caller holds a grant under it for a municipality it covers; then it works in a
 * transaction of its own bound to the home tenant, on the people currently in the caller's area only, showing only the
 * agreed items. What the host adds is stored in the home tenant, attributed to the host. See docs/sharing.md.
 */
package jp.tsunagu.ledger.sharing;
