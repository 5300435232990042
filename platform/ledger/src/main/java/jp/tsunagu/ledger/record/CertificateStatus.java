package jp.tsunagu.ledger.record;

/** Where the 罹災証明書 (disaster victim certificate) of the person's dwelling stands. */
public enum CertificateStatus {
    NOT_APPLIED("未申請"),
    APPLIED("申請済"),
    SURVEYED("調査済"),
    ISSUED("交付済"),
    RESURVEY_REQUESTED("再調査依頼中");

    private final String japanese;

    CertificateStatus(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
