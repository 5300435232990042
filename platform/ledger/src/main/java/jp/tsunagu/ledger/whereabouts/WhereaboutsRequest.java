package jp.tsunagu.ledger.whereabouts;

import java.util.Optional;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * The JSON body of a new whereabouts entry: {@code kind} (e.g. {@code relatives-home}), {@code place} (up to 200
 * characters), {@code municipalityCode} (required for {@code other-municipality}; else read from the place when it
 * names one), {@code observedAt} (ISO date-time with offset; absent: now).
 */
public record WhereaboutsRequest(String kind, String place, String municipalityCode, String observedAt) {

    public NewWhereabouts entry() {
        WhereaboutsKind checkedKind = RequestFields.requireEnum(kind, WhereaboutsKind.class, "kind");
        Optional<String> checkedPlace = place == null || place.isBlank() ? Optional.empty()
                : Optional.of(RequestFields.requireText(place, "place", 200));
        Optional<MunicipalityCode> municipality = municipalityCode == null || municipalityCode.isBlank() ? Optional.empty()
                : Optional.of(RequestFields.requireMunicipality(municipalityCode, "municipalityCode"));
        if (checkedKind == WhereaboutsKind.OTHER_MUNICIPALITY && municipality.isEmpty()) {
            throw new InvalidRequestException("municipalityCode", "municipalityCode is required for another municipality");
        }
        return new NewWhereabouts(checkedKind, checkedPlace, municipality,
                RequestFields.optionalInstant(observedAt, "observedAt"));
    }
}
