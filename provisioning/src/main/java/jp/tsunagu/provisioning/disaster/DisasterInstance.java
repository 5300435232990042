package jp.tsunagu.provisioning.disaster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A disaster instance (災害インスタンス): switched on by a prefecture admin when the Disaster Relief Act applies;
 * everything municipalities and support organisations do happens inside one. Lives in its tenant's schema.
 */
@Entity
@Table(name = "disaster_instance")
public class DisasterInstance {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "disaster_type", nullable = false, length = 40)
    private DisasterType type;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "relief_act_applied_on", nullable = false)
    private LocalDate reliefActAppliedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disaster_affected_municipality", joinColumns = @JoinColumn(name = "disaster_id"))
    @Column(name = "municipality_code", nullable = false, length = 6)
    private Set<String> affectedMunicipalities = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisasterStatus status;

    @OneToMany(mappedBy = "disaster", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("sequence")
    private List<LifecycleStep> history = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disaster_statistic", joinColumns = @JoinColumn(name = "disaster_id"))
    @MapKeyColumn(name = "name", length = 100)
    @Column(name = "figure", nullable = false)
    private Map<String, Long> statistics = new TreeMap<>();

    @Version
    private long version;

    protected DisasterInstance() {
    }

    /** Switches a disaster instance on: it starts ACTIVE, and that first step is recorded like every later one. */
    public static DisasterInstance switchOn(PrefectureCode prefecture, DisasterDeclaration declaration, Actor actor,
                                            Instant at) {
        DisasterInstance instance = new DisasterInstance();
        instance.id = UUID.randomUUID();
        instance.name = declaration.name();
        instance.type = declaration.type();
        instance.occurredOn = declaration.occurredOn();
        instance.reliefActAppliedOn = declaration.reliefActAppliedOn();
        for (MunicipalityCode code : declaration.affectedMunicipalities()) {
            if (!code.belongsTo(prefecture)) {
                throw new InvalidRequestException("affectedMunicipalities",
                        "affected municipality " + code + " is not in prefecture " + prefecture);
            }
            instance.affectedMunicipalities.add(code.value());
        }
        instance.status = DisasterStatus.ACTIVE;
        instance.history.add(new LifecycleStep(instance, 0, null, DisasterStatus.ACTIVE, actor, at, null));
        return instance;
    }

    /** Takes one lifecycle step, or refuses it when the current status does not allow it. */
    public LifecycleStep apply(LifecycleAction action, Actor actor, Instant at, String reason) {
        if (!action.isAllowedFrom(status)) {
            throw new IllegalTransitionException(action, status);
        }
        LifecycleStep step = new LifecycleStep(this, history.size(), status, action.to(), actor, at, reason);
        history.add(step);
        status = action.to();
        return step;
    }

    /**
     * The days (in {@code zone}) from {@code from} to {@code to} inclusive on which the instance was in use: active or
     * closing at any moment of the day. Usage is counted by day, as fees are; an instance archived at noon was in use
     * that day.
     */
    public SortedSet<LocalDate> daysInUse(LocalDate from, LocalDate to, ZoneId zone) {
        SortedSet<LocalDate> days = new TreeSet<>();
        Instant since = null;
        for (LifecycleStep step : history) {
            boolean inUse = step.toStatus().isReadable();
            if (inUse && since == null) {
                since = step.at();
            } else if (!inUse && since != null) {
                addDays(days, since, step.at(), from, to, zone);
                since = null;
            }
        }
        if (since != null) {
            addDays(days, since, null, from, to, zone);
        }
        return days;
    }

    private static void addDays(SortedSet<LocalDate> days, Instant start, Instant end, LocalDate from, LocalDate to,
                                ZoneId zone) {
        LocalDate first = max(LocalDate.ofInstant(start, zone), from);
        LocalDate last = end == null ? to : min(LocalDate.ofInstant(end, zone), to);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Keeps the aggregate figures of a purged instance; they are all that remains of its work. */
    public void keepStatistics(Map<String, Long> figures) {
        if (status != DisasterStatus.PURGED) {
            throw new IllegalStateException("statistics are kept when an instance is purged");
        }
        statistics.putAll(figures);
    }

    public Map<String, Long> statistics() {
        return Collections.unmodifiableMap(new TreeMap<>(statistics));
    }

    public boolean isAffected(MunicipalityCode municipality) {
        return affectedMunicipalities.contains(municipality.value());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public DisasterType type() {
        return type;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public LocalDate reliefActAppliedOn() {
        return reliefActAppliedOn;
    }

    public SortedSet<MunicipalityCode> affectedMunicipalities() {
        SortedSet<MunicipalityCode> codes = new TreeSet<>();
        affectedMunicipalities.forEach(code -> codes.add(new MunicipalityCode(code)));
        return codes;
    }

    public DisasterStatus status() {
        return status;
    }

    public List<LifecycleStep> history() {
        return Collections.unmodifiableList(history);
    }

    public Instant switchedOnAt() {
        return history.get(0).at();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisasterInstance that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
