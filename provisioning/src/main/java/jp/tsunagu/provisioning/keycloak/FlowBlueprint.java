package jp.tsunagu.provisioning.keycloak;

import java.util.List;
import java.util.Objects;

/** A top-level authentication flow as data: its alias (unique in the realm) and its steps in order. */
public record FlowBlueprint(String alias, String description, List<FlowStep> steps) {

    public FlowBlueprint {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(description, "description");
        steps = List.copyOf(steps);
    }
}
