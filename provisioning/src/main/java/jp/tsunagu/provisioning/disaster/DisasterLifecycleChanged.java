package jp.tsunagu.provisioning.disaster;

import java.util.UUID;

/** Fired inside the transaction that took a lifecycle step, so other components (accounts, purge) can follow. */
public record DisasterLifecycleChanged(UUID disasterId, LifecycleAction action, DisasterStatus newStatus) {
}
