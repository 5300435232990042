package jp.tsunagu.ledger.person;

import java.util.Map;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** A ledger change that does not fit the current state, e.g. undoing a merge that a later merge builds on. */
public class LedgerConflictException extends ProblemException {

    private final Map<String, String> members;

    public LedgerConflictException(String detail) {
        this(detail, Map.of());
    }

    /** With members a client acts on (ids of what to undo first), never a value of a person. */
    public LedgerConflictException(String detail, Map<String, String> members) {
        super(ProblemKind.CONFLICT, detail);
        this.members = Map.copyOf(members);
    }

    @Override
    public Map<String, String> members() {
        Map<String, String> all = super.members();
        all.putAll(members);
        return all;
    }
}
