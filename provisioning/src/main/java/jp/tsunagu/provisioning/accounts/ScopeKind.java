package jp.tsunagu.provisioning.accounts;

/** For whom a grant is given: an affected (home) municipality, a host municipality, or a support organisation. */
public enum ScopeKind {
    AFFECTED_MUNICIPALITY,
    HOST_MUNICIPALITY,
    SUPPORT_ORGANISATION
}
