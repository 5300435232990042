package jp.tsunagu.provisioning.disaster;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/** The JSON body of a switch-on; fields are strings so a malformed one is reported by name. */
public record SwitchOnRequest(String name, String type, String occurredOn, String reliefActAppliedOn,
                              List<String> affectedMunicipalities) {

    static final int MAX_AFFECTED = 200;

    public DisasterDeclaration toDeclaration() {
        if (affectedMunicipalities == null || affectedMunicipalities.isEmpty()) {
            throw new InvalidRequestException("affectedMunicipalities", "at least one affected municipality is required");
        }
        if (affectedMunicipalities.size() > MAX_AFFECTED) {
            throw new InvalidRequestException("affectedMunicipalities", "at most " + MAX_AFFECTED + " municipalities");
        }
        List<MunicipalityCode> codes = new ArrayList<>();
        for (String code : affectedMunicipalities) {
            codes.add(RequestFields.requireMunicipality(code, "affectedMunicipalities"));
        }
        return new DisasterDeclaration(
                RequestFields.requireText(name, "name", 200),
                RequestFields.requireEnum(type, DisasterType.class, "type"),
                RequestFields.requireDate(occurredOn, "occurredOn"),
                RequestFields.requireDate(reliefActAppliedOn, "reliefActAppliedOn"),
                codes);
    }
}
