/**
 * Cross-tenant sharing agreements (広域避難の情報共有協定): the one controlled way data of one prefecture's tenant is
 * seen by another. The home prefecture's admin proposes an agreement to a host prefecture for one of its disaster
 * instances (which people, which items, which permissions, for how long); the host's admin accepts or declines and
 * grants its own municipalities' staff under it; either side revokes; it expires by itself. The agreement rows live
 * in the shared schema {@code registry} and hold no personal data; the personal data stays in the home tenant and is
 * read through the agreement by the ledger ({@code jp.tsunagu.ledger.sharing}). See docs/sharing.md.
 */
package jp.tsunagu.provisioning.agreements;
