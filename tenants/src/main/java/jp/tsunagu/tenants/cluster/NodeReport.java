package jp.tsunagu.tenants.cluster;

import java.time.Instant;
import java.util.Optional;

/** What a node reports of itself in the nodes' directory, as the text it is kept as: name|upSince|ready|reportedAt. */
record NodeReport(String name, Instant upSince, boolean ready, Instant reportedAt) {

    static String text(String name, Instant upSince, boolean ready, Instant reportedAt) {
        return name.replace('|', '_') + "|" + upSince + "|" + ready + "|" + reportedAt;
    }

    static Optional<NodeReport> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            String[] parts = text.split("\\|", -1);
            return Optional.of(new NodeReport(parts[0], Instant.parse(parts[1]), Boolean.parseBoolean(parts[2]),
                    Instant.parse(parts[3])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    ClusterNode node(String address) {
        return new ClusterNode(name, address, Optional.of(upSince), Optional.of(ready), Optional.of(reportedAt), false);
    }
}
