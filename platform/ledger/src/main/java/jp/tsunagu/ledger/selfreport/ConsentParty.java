package jp.tsunagu.ledger.selfreport;

/**
 * To whom a resident allows their information to be provided (災害対策基本法 90条の4第1項第1号, consent). The slugs are
 * what the API and the ledger's consent item ({@code consentedParties}) carry.
 */
public enum ConsentParty implements Slugged {
    /** The municipality where the resident is registered (被災元市町村). */
    HOME_MUNICIPALITY("home-municipality"),
    /** Municipalities where the resident stays now (避難先市町村). */
    HOST_MUNICIPALITY("host-municipality"),
    /** Support organisations the prefecture works with (支援団体). */
    SUPPORT_ORGANISATIONS("support-organisations"),
    /** The prefecture itself (都道府県), e.g. for outreach through the portal. */
    PREFECTURE("prefecture");

    private final String slug;

    ConsentParty(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
