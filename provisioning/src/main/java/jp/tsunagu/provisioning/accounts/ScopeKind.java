package jp.tsunagu.provisioning.accounts;

/**
 * For whom a grant is given: an affected (home) municipality, a host municipality of the same prefecture, a support
 * organisation, or a host municipality of another prefecture working under a sharing agreement.
 */
public enum ScopeKind {
    AFFECTED_MUNICIPALITY,
    HOST_MUNICIPALITY,
    SUPPORT_ORGANISATION,
    AGREEMENT_HOST_MUNICIPALITY
}
