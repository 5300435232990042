package jp.tsunagu.audit.basis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why personal data of a disaster's victims may be used or provided: 災害対策基本法 90条の4 第1項 各号. Every read,
 * export and provision in Tsunagu names one of these (see {@link BasisPolicy}); there is no fourth.
 */
public enum LegalBasis {
    /** 第1号: the person consented to this recipient, or the information goes to the person themself. */
    CONSENT_OR_SELF("90条の4第1項第1号"),
    /** 第2号: used inside the municipality (or the prefecture) for its own support duties, to the extent they need it. */
    INTERNAL_USE("90条の4第1項第2号"),
    /** 第3号: provided to another local government for its disaster support duties, to the extent they need it. */
    OTHER_LOCAL_GOVERNMENT("90条の4第1項第3号");

    private final String article;

    LegalBasis(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }

    /** {@code consent-or-self}, {@code internal-use}, {@code other-local-government}: the API's and the log's name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The basis a wire name stands for; {@code consent} is accepted for {@link #CONSENT_OR_SELF}. */
    public static Optional<LegalBasis> ofWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("consent")) {
            return Optional.of(CONSENT_OR_SELF);
        }
        return Arrays.stream(values()).filter(basis -> basis.wireName().equals(wanted)).findFirst();
    }
}
