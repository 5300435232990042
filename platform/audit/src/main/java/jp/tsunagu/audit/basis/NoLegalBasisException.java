package jp.tsunagu.audit.basis;

import java.util.Map;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * A use of personal data that none of 90条の4's grounds covers: 403 whose type names the basis that would have been
 * needed, e.g. {@code https://tsunagu.jp/problems/missing-basis-consent-or-self}, with its article.
 */
public class NoLegalBasisException extends ProblemException {

    private final LegalBasis missing;

    public NoLegalBasisException(LegalBasis missing, String field, String detail) {
        super(ProblemKind.FORBIDDEN, field, detail);
        this.missing = missing;
    }

    public LegalBasis missing() {
        return missing;
    }

    @Override
    public String slug() {
        return "missing-basis-" + missing.wireName();
    }

    @Override
    public Map<String, String> members() {
        Map<String, String> members = super.members();
        members.put("missingBasis", missing.wireName());
        members.put("article", missing.article());
        return members;
    }
}
