package jp.tsunagu.tenants.problem;

/** The thing asked for does not exist in the caller's tenant (or the caller may not know it exists). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(ProblemKind.NOT_FOUND, detail);
    }
}
