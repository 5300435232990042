package jp.tsunagu.ledger.provision;

/** Why ledger information may be used or provided: 災害対策基本法 90条の4 第1項 各号. */
public enum LegalBasis {
    /** 第1号: the person consented to this recipient, or the information goes to the person themself. */
    CONSENT_OR_SELF("90条の4第1項第1号"),
    /** 第2号: used inside the municipality for its own duties, to the extent they need it. */
    INTERNAL_USE("90条の4第1項第2号"),
    /** 第3号: provided to another local government for its disaster duties, to the extent they need it. */
    OTHER_LOCAL_GOVERNMENT("90条の4第1項第3号");

    private final String article;

    LegalBasis(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}
