package jp.tsunagu.ledger.selfreport;

import java.util.List;
import java.util.Map;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/** A self-report that cannot be taken: names every field at fault ({@code fields}) and never their values. */
public class InvalidSelfReportException extends InvalidRequestException {

    private final List<String> fields;

    public InvalidSelfReportException(String field, String detail) {
        this(List.of(field), detail);
    }

    public InvalidSelfReportException(List<String> fields, String detail) {
        super(fields.getFirst(), detail);
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }

    @Override
    public Map<String, String> members() {
        Map<String, String> members = super.members();
        members.put("fields", String.join(",", fields));
        return members;
    }
}
