package jp.tsunagu.provisioning.disaster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * What a prefecture admin declares to switch a disaster instance on. The Disaster Relief Act cannot apply before
 * the disaster happened, and neither date can lie in the future.
 */
public record DisasterDeclaration(String name, DisasterType type, LocalDate occurredOn, LocalDate reliefActAppliedOn,
                                  List<MunicipalityCode> affectedMunicipalities) {

    public DisasterDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(reliefActAppliedOn, "reliefActAppliedOn");
        affectedMunicipalities = List.copyOf(affectedMunicipalities);
        if (affectedMunicipalities.isEmpty()) {
            throw new InvalidRequestException("affectedMunicipalities", "at least one affected municipality is required");
        }
        if (reliefActAppliedOn.isBefore(occurredOn)) {
            throw new InvalidRequestException("reliefActAppliedOn",
                    "the Disaster Relief Act cannot apply before the date of occurrence");
        }
    }

    /** Dates may not lie in the future of {@code today} (the prefecture's calendar day). */
    public void requireNotAfter(LocalDate today) {
        if (occurredOn.isAfter(today)) {
            throw new InvalidRequestException("occurredOn", "the date of occurrence lies in the future");
        }
        if (reliefActAppliedOn.isAfter(today)) {
            throw new InvalidRequestException("reliefActAppliedOn", "the Relief Act application date lies in the future");
        }
    }
}
