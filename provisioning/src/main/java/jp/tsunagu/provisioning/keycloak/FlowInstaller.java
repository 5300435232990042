package jp.tsunagu.provisioning.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Creates a {@link FlowBlueprint} in a realm, step by step through the authentication management API. */
final class FlowInstaller {

    private final KeycloakRest rest;
    private final String realm;

    FlowInstaller(KeycloakRest rest, String realm) {
        this.rest = rest;
        this.realm = realm;
    }

    void install(FlowBlueprint flow) {
        String flowId = createFlow(flow.alias(), flow.description(), true);
        installSteps(flowId, flow.steps());
    }

    private void installSteps(String parentFlowId, List<FlowStep> steps) {
        for (FlowStep step : steps) {
            switch (step) {
                case FlowStep.Execution execution -> {
                    String executionId = addExecution(parentFlowId, execution.requirement(), Json.createObjectBuilder()
                            .add("authenticator", execution.authenticator())
                            .add("authenticatorFlow", false));
                    execution.config().ifPresent(config -> configure(executionId, config));
                }
                case FlowStep.SubFlow subFlow -> {
                    String subFlowId = createFlow(subFlow.alias(), "", false);
                    addExecution(parentFlowId, subFlow.requirement(), Json.createObjectBuilder()
                            .add("authenticatorFlow", true)
                            .add("flowId", subFlowId));
                    installSteps(subFlowId, subFlow.steps());
                }
            }
        }
    }

    private String createFlow(String alias, String description, boolean topLevel) {
        return rest.create("create authentication flow '" + alias + "' in realm " + realm,
                rest.target(realm, "authentication", "flows"),
                Json.createObjectBuilder()
                        .add("alias", alias)
                        .add("description", description)
                        .add("providerId", "basic-flow")
                        .add("topLevel", topLevel)
                        .add("builtIn", false)
                        .build());
    }

    private String addExecution(String parentFlowId, FlowStep.Requirement requirement, JsonObjectBuilder execution) {
        return rest.create("add authentication execution in realm " + realm,
                rest.target(realm, "authentication", "executions"),
                execution.add("parentFlow", parentFlowId).add("requirement", requirement.name()).build());
    }

    private void configure(String executionId, FlowStep.Config config) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        config.values().forEach(values::add);
        rest.create("configure authenticator '" + config.alias() + "' in realm " + realm,
                rest.target(realm, "authentication", "executions", executionId, "config"),
                Json.createObjectBuilder().add("alias", config.alias()).add("config", values).build());
    }
}
