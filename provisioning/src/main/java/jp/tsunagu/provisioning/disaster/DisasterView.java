package jp.tsunagu.provisioning.disaster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A disaster instance as the API shows it, with its whole lifecycle history and, once purged, its statistics. */
public record DisasterView(String id, String name, String type, String typeName, LocalDate occurredOn,
                           LocalDate reliefActAppliedOn, List<String> affectedMunicipalities, String status,
                           List<Step> history, Map<String, Long> statistics) {

    public record Step(String from, String to, String by, Instant at, String reason) {
    }

    public static DisasterView of(DisasterInstance instance) {
        return new DisasterView(
                instance.id().toString(),
                instance.name(),
                instance.type().name(),
                instance.type().japaneseName(),
                instance.occurredOn(),
                instance.reliefActAppliedOn(),
                instance.affectedMunicipalities().stream().map(Object::toString).toList(),
                instance.status().name(),
                instance.history().stream()
                        .map(step -> new Step(step.fromStatus() == null ? null : step.fromStatus().name(),
                                step.toStatus().name(), step.actor().username(), step.at(), step.reason()))
                        .toList(),
                instance.statistics());
    }
}
