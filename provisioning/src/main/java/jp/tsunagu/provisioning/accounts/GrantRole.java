package jp.tsunagu.provisioning.accounts;

/** What an account may do inside a disaster instance; the realm role name is what Keycloak carries. */
public enum GrantRole {
    MUNICIPALITY_STAFF("municipality-staff", true),
    MUNICIPALITY_LEAD("municipality-lead", true),
    SUPPORT_WORKER("support-worker", false);

    private final String realmRole;
    private final boolean municipal;

    GrantRole(String realmRole, boolean municipal) {
        this.realmRole = realmRole;
        this.municipal = municipal;
    }

    public String realmRole() {
        return realmRole;
    }

    /** Municipal roles act for a municipality; the support-worker role acts for a support organisation. */
    public boolean isMunicipal() {
        return municipal;
    }
}
