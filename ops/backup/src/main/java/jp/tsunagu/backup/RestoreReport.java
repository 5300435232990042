package jp.tsunagu.backup;

import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** A restore that verified: into which tenant, from which archive (its manifest), and whether a schema was replaced. */
public record RestoreReport(PrefectureCode tenant, Manifest manifest, boolean replacedExisting) {
}
