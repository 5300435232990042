package jp.tsunagu.operator.nodes;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jp.tsunagu.tenants.access.OperatorOnly;
import jp.tsunagu.tenants.cluster.ClusterGrid;
import jp.tsunagu.tenants.cluster.ClusterNode;
import jp.tsunagu.tenants.cluster.ClusterNodes;

/**
 * The application nodes as the node that answers sees its cluster: how many there are, whether that is a quorum, and
 * each node's address, start and readiness as it last reported. National operators only; machines, never persons.
 */
@Path("operator/nodes")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class OperatorNodesResource {

    @Inject
    ClusterGrid grid;

    @Inject
    ClusterNodes nodes;

    /** The cluster: its size as this node sees it, the quorum configured, and its nodes, the answering one first. */
    public record ClusterView(int members, int quorum, boolean quorate, List<NodeView> nodes) {
    }

    /** One node; {@code ready} and {@code reportedAt} are null until the node first reported. */
    public record NodeView(String name, String address, Instant upSince, Boolean ready, Instant reportedAt,
                           boolean answering) {

        static NodeView of(ClusterNode node) {
            return new NodeView(node.name(), node.address(), node.upSince().orElse(null), node.ready().orElse(null),
                    node.reportedAt().orElse(null), node.self());
        }
    }

    @GET
    @Operation(summary = "The application nodes of the cluster and their health")
    public ClusterView list() {
        return new ClusterView(grid.size(), grid.quorum(), grid.isQuorate(),
                nodes.nodes().stream().map(NodeView::of).toList());
    }
}
