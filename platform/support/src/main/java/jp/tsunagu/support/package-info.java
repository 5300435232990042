/**
 * Support case records (災害ケースマネジメント): visits, contacts, needs with urgency, 要配慮者 details, support provided
 * and follow-ups for a person of the victim ledger, and which organisation is responsible for the person's case (claimed,
 * then transferred with a reason). Everyone who may see the person (the ledger's {@code PersonScope}) sees the same
 * history; a support organisation sees the persons whose case it holds or in whose case it has recorded something.
 * Depends on the ledger (persons, access, scope); the ledger knows nothing of cases. See docs/support.md.
 */
package jp.tsunagu.support;
