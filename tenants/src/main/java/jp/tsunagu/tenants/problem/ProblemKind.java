package jp.tsunagu.tenants.problem;

/** The stable kinds of problem the API reports; the slug is part of the public contract (the problem {@code type}). */
public enum ProblemKind {
    INVALID_REQUEST("invalid-request", 400, "The request is not valid"),
    NOT_FOUND("not-found", 404, "Not found"),
    CONFLICT("conflict", 409, "The request conflicts with the current state"),
    ILLEGAL_TRANSITION("illegal-transition", 409, "This lifecycle step is not allowed now"),
    DUPLICATE("duplicate", 409, "It exists already"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request is too large"),
    UNAVAILABLE("unavailable", 503, "A service the request needs is unavailable");

    private final String slug;
    private final int status;
    private final String title;

    ProblemKind(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
