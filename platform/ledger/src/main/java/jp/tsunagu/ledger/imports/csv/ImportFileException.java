package jp.tsunagu.ledger.imports.csv;

import java.util.Map;
import java.util.OptionalLong;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * The file as a whole cannot be imported: too large, not in a supported encoding, broken quoting that cannot be
 * recovered from, no usable header. Names the line where it went wrong (1-based, as an editor shows it) and a reason
 * code; never quotes the file's content. As a problem: 413 for a file over the size limit, else 400, with the reason
 * code as the member {@code reason}.
 */
public class ImportFileException extends ProblemException {

    /** Why a file cannot be read. */
    public enum Reason {
        TOO_LARGE, EMPTY, UNSUPPORTED_ENCODING, WRONG_ENCODING, UNTERMINATED_QUOTE, FIELD_TOO_LONG, TOO_MANY_COLUMNS,
        MISSING_COLUMNS, DUPLICATE_HEADER, UNREADABLE
    }

    private final Reason reason;
    private final long line;

    public ImportFileException(Reason reason, long line, String detail) {
        super(reason == Reason.TOO_LARGE ? ProblemKind.PAYLOAD_TOO_LARGE : ProblemKind.INVALID_REQUEST, "file",
                line > 0 ? "line " + line + ": " + detail : detail);
        this.reason = reason;
        this.line = line;
    }

    /** An upload that went over the size limit while it arrived (its size was not known before). */
    public static ImportFileException tooLarge(long maxBytes) {
        return new ImportFileException(Reason.TOO_LARGE, 0, "the file is larger than the limit of " + maxBytes + " bytes");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Map<String, String> members() {
        Map<String, String> members = super.members();
        members.put("reason", reason.name());
        return members;
    }

    /** The line the problem is on, when it is about one. */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }
}
