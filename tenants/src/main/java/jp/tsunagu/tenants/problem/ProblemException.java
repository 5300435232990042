package jp.tsunagu.tenants.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A business rule said no. Subclasses carry a business name; the application turns every one into an RFC 9457
 * {@code application/problem+json} response with a stable {@code type}. Messages never contain personal data:
 * they name the field, not the value.
 */
public abstract class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "https://tsunagu.jp/problems/";

    private final ProblemKind kind;
    private final String field;

    protected ProblemException(ProblemKind kind, String detail) {
        this(kind, null, detail);
    }

    protected ProblemException(ProblemKind kind, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** The request field the problem is about, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * The problem's extension members: the {@code field} when there is one; a subclass adds what a client can act on
     * (a reason code, a line), never a value from the request.
     */
    public Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        field().ifPresent(f -> members.put("field", f));
        return members;
    }

    /** The problem type's last part; a subclass may name a more specific type than its kind's. */
    public String slug() {
        return kind.slug();
    }

    public String type() {
        return TYPE_BASE + slug();
    }
}
