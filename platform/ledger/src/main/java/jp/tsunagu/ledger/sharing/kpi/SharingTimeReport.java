package jp.tsunagu.ledger.sharing.kpi;

import java.time.Instant;
import java.util.UUID;

/**
 * KPI ① ({@code to-host}) or ② ({@code to-home}) of a disaster instance: how long records took from arrival to being
 * readable by the other side ({@code visible}), and from arrival to the other side's first actual read of the
 * person's entry ({@code firstRead}, over the records read so far). Counts and times only.
 */
public record SharingTimeReport(UUID disasterId, String direction, String hostPrefecture, String hostMunicipality,
                                Instant from, Instant until, TimeDistribution visible, TimeDistribution firstRead) {
}
