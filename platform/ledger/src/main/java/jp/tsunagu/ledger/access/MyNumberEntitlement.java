package jp.tsunagu.ledger.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * Decides whether a caller receives 個人番号 (番号法 19条: only for the 個人番号利用事務 the law lists). The rule: the
 * caller asked for it, holds the municipality-lead grant in the instance or is the prefecture admin, and names the
 * 利用事務 it is for (e.g. 被災者生活再建支援金の支給), which is recorded with what was released. Anyone else asking is
 * refused, not silently given less: a file they believe complete must not lack the numbers they asked for.
 */
@ApplicationScoped
public class MyNumberEntitlement {

    @Inject
    LedgerAccess access;

    /** The entitled disclosure for this caller, or a 403 naming {@code field} (the request part that asked). */
    public MyNumberDisclosure.Entitled require(UUID disasterId, Actor caller, String basis, String field) {
        if (!access.allows(LedgerWork.DISCLOSE_MY_NUMBER, disasterId)) {
            throw new NotEntitledException(field);
        }
        return new MyNumberDisclosure.Entitled(caller, RequestFields.requireText(basis, "myNumberBasis", 200));
    }

    /** The caller may not receive 個人番号. */
    public static class NotEntitledException extends ProblemException {

        NotEntitledException(String field) {
            super(ProblemKind.FORBIDDEN, field, "個人番号 is released only to municipality leads of this disaster instance"
                    + " and prefecture admins, for a named 個人番号利用事務");
        }
    }
}
