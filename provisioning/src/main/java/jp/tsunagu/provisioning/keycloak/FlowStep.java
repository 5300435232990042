package jp.tsunagu.provisioning.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One line of an authentication flow: an authenticator, or a sub-flow with its own steps. */
public sealed interface FlowStep {

    enum Requirement { REQUIRED, ALTERNATIVE, CONDITIONAL, DISABLED }

    Requirement requirement();

    /** An authenticator (Keycloak provider id, e.g. {@code auth-otp-form}) and its optional configuration. */
    record Execution(String authenticator, Requirement requirement, Optional<Config> config) implements FlowStep {
        public Execution {
            Objects.requireNonNull(authenticator, "authenticator");
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(config, "config");
        }
    }

    /** A nested flow; {@code alias} is unique within the realm. */
    record SubFlow(String alias, Requirement requirement, List<FlowStep> steps) implements FlowStep {
        public SubFlow {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(requirement, "requirement");
            steps = List.copyOf(steps);
            if (requirement == Requirement.CONDITIONAL && steps.stream().noneMatch(s -> s instanceof Execution e
                    && e.authenticator().startsWith("conditional-"))) {
                throw new IllegalArgumentException("a CONDITIONAL sub-flow needs a condition: " + alias);
            }
        }
    }

    /** An authenticator configuration; {@code alias} is unique within the realm. */
    record Config(String alias, Map<String, String> values) {
        public Config {
            Objects.requireNonNull(alias, "alias");
            values = Map.copyOf(values);
        }
    }

    static Execution step(String authenticator, Requirement requirement) {
        return new Execution(authenticator, requirement, Optional.empty());
    }

    static Execution configured(String authenticator, Requirement requirement, Config config) {
        return new Execution(authenticator, requirement, Optional.of(config));
    }
}
