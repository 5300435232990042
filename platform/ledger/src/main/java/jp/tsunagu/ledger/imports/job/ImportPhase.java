package jp.tsunagu.ledger.imports.job;

/** Where an import job is. */
public enum ImportPhase {
    QUEUED, SCANNING, IMPORTING, COMPLETED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
