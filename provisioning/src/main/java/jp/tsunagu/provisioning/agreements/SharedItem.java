package jp.tsunagu.provisioning.agreements;

import java.util.Locale;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * The groups of ledger items an agreement may share. Which ledger fields each group means is the ledger's business
 * ({@code jp.tsunagu.ledger.sharing.AgreedItems}). 個人番号 is not among them and is refused by name: 番号法 19条
 * lists no provision of it to another prefecture for its support work.
 */
public enum SharedItem {
    /** 基本4情報: name and its reading, birth date, sex, registered address. */
    IDENTITY("identity"),
    /** 居所. */
    WHEREABOUTS("whereabouts"),
    /** Needs: 要配慮者 and its reason (case-record needs when they exist). */
    NEEDS("needs"),
    /** 援護の実施状況. */
    SUPPORT_RECORDS("supportRecords"),
    /** Phone and e-mail. */
    CONTACT("contact"),
    /** 住家の被害, other damage, 罹災証明書. */
    DAMAGE("damage"),
    /** 世帯番号, 続柄, 世帯人数. */
    HOUSEHOLD("household");

    private final String id;

    SharedItem(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Reads an item name from a request; 個人番号 in any spelling is refused with its own reason. */
    public static SharedItem parse(String text) {
        String name = text == null ? "" : text.strip();
        String folded = name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        if (folded.equals("mynumber") || folded.equals("individualnumber") || name.contains("個人番号")
                || name.contains("マイナンバー")) {
            throw new InvalidRequestException("items", "個人番号 (My Number) is never shared through an agreement");
        }
        for (SharedItem item : values()) {
            if (item.id.equalsIgnoreCase(name) || item.name().equalsIgnoreCase(name)) {
                return item;
            }
        }
        throw new InvalidRequestException("items", "unknown item; items are identity, whereabouts, needs,"
                + " supportRecords, contact, damage, household");
    }
}
