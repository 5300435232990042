package jp.tsunagu.ledger.access;

import java.util.Objects;

/**
 * For whom the person who recorded something acted: the kind of their grant's scope ({@code AFFECTED_MUNICIPALITY},
 * {@code HOST_MUNICIPALITY}, {@code SUPPORT_ORGANISATION}, or {@code PREFECTURE} for a prefecture admin, {@code PORTAL}
 * for a resident portal) and its code (municipality code, organisation id, prefecture code, client id).
 */
public record ActingFor(String scopeKind, String scopeCode) {

    public static final String PREFECTURE = "PREFECTURE";
    public static final String PORTAL = "PORTAL";

    public ActingFor {
        Objects.requireNonNull(scopeKind, "scopeKind");
        Objects.requireNonNull(scopeCode, "scopeCode");
    }
}
