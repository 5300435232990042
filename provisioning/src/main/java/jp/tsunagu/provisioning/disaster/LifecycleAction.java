package jp.tsunagu.provisioning.disaster;

/** The steps a prefecture admin can take on a disaster instance, each allowed from exactly one status. */
public enum LifecycleAction {
    CLOSE(DisasterStatus.ACTIVE, DisasterStatus.CLOSING),
    REOPEN(DisasterStatus.CLOSING, DisasterStatus.ACTIVE),
    ARCHIVE(DisasterStatus.CLOSING, DisasterStatus.ARCHIVED),
    PURGE(DisasterStatus.ARCHIVED, DisasterStatus.PURGED);

    private final DisasterStatus from;
    private final DisasterStatus to;

    LifecycleAction(DisasterStatus from, DisasterStatus to) {
        this.from = from;
        this.to = to;
    }

    public DisasterStatus from() {
        return from;
    }

    public DisasterStatus to() {
        return to;
    }

    public boolean isAllowedFrom(DisasterStatus current) {
        return from == current;
    }
}
