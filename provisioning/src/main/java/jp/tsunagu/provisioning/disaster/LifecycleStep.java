package jp.tsunagu.provisioning.disaster;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.tsunagu.provisioning.audit.Actor;

/** One step in a disaster instance's life: from which status to which, who took it, when, and why. Never changed. */
@Entity
@Table(name = "disaster_lifecycle_step")
public class LifecycleStep {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "disaster_id", nullable = false)
    private DisasterInstance disaster;

    @Column(nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private DisasterStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private DisasterStatus toStatus;

    @Embedded
    private Actor actor;

    @Column(name = "taken_at", nullable = false)
    private Instant at;

    @Column(length = 1000)
    private String reason;

    protected LifecycleStep() {
    }

    LifecycleStep(DisasterInstance disaster, int sequence, DisasterStatus fromStatus, DisasterStatus toStatus,
                  Actor actor, Instant at, String reason) {
        this.id = UUID.randomUUID();
        this.disaster = disaster;
        this.sequence = sequence;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.at = at;
        this.reason = reason;
    }

    public DisasterStatus fromStatus() {
        return fromStatus;
    }

    public DisasterStatus toStatus() {
        return toStatus;
    }

    public Actor actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String reason() {
        return reason;
    }
}
