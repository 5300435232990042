package jp.tsunagu.ledger.mynumber;

import java.util.Objects;

import jp.tsunagu.ledger.audit.Actor;

/**
 * Whether an export may contain 個人番号. Every method that could release one takes this as a parameter, with no
 * overload and no default: the caller says, each time, whether the account is entitled (番号法 19条: the number may
 * only be provided for the 個人番号利用事務 the law lists) and why. The access layer decides; this only carries it.
 */
public sealed interface MyNumberDisclosure {

    /** The export leaves 個人番号 out. */
    static MyNumberDisclosure withheld() {
        return Withheld.INSTANCE;
    }

    /** The account is entitled to the number for the named 個人番号利用事務 (e.g. 被災者生活再建支援金の支給). */
    static MyNumberDisclosure entitled(Actor account, String legalBasis) {
        return new Entitled(account, legalBasis);
    }

    enum Withheld implements MyNumberDisclosure {
        INSTANCE
    }

    record Entitled(Actor account, String legalBasis) implements MyNumberDisclosure {

        public Entitled {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(legalBasis, "legal basis");
            if (legalBasis.isBlank()) {
                throw new IllegalArgumentException("an entitlement to my numbers names its legal basis");
            }
        }
    }
}
