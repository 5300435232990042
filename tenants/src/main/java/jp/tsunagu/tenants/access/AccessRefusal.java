package jp.tsunagu.tenants.access;

/** Why an authenticated caller may not call a resource method; the slug appears in 403 problem responses. */
public enum AccessRefusal {
    NO_ACCESS_POLICY("no-access-policy", "The resource declares no access policy, so nobody may call it"),
    OPERATOR_ONLY("operator-only", "Only national operators may do this"),
    CALLER_KIND_NOT_ALLOWED("caller-kind-not-allowed", "This kind of caller may not do this"),
    ROLE_REQUIRED("role-required", "This needs a role the caller does not hold");

    private final String slug;
    private final String description;

    AccessRefusal(String slug, String description) {
        this.slug = slug;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }
}
