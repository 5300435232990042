package jp.tsunagu.ledger.outreach;

import java.util.List;
import java.util.UUID;

/**
 * The current situation of every person of a disaster instance who has one; read inside a transaction bound to the
 * tenant. Implemented from self-reports now ({@link SelfReportedSituations}); the whereabouts history and case records
 * will implement it once merged.
 */
public interface CurrentSituations {

    List<PersonSituation> of(UUID disasterId);
}
