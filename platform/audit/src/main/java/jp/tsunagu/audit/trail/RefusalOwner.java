package jp.tsunagu.audit.trail;

import java.util.Map;
import java.util.Optional;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Tells whose data a refused request was after, when an id in its path shows it and the caller is a party to it: a
 * host prefecture's staff asking through a sharing agreement (revoked, expired, not theirs to use) were asking for the
 * home's persons. Such a refusal is also an entry of that tenant's log, so the data's owner sees the attempt. Found
 * through CDI; modules that own such ids implement it. Nothing is ever looked up across tenants that are not parties.
 */
public interface RefusalOwner {

    /** The owning tenant, if {@code pathParameters} name something of another tenant that {@code caller} is party to. */
    Optional<PrefectureCode> ownerOf(Map<String, Object> pathParameters, PrefectureCode caller);
}
