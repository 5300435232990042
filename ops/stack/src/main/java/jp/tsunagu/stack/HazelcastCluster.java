package jp.tsunagu.stack;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Payara Micro cluster on loopback: every member knows the Hazelcast ports of all members (TCP/IP discovery;
 * there is no multicast here). Each member passes its own port as {@code hazelcastPort}.
 */
public record HazelcastCluster(String name, List<Integer> memberPorts) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public HazelcastCluster {
        Objects.requireNonNull(name, "cluster name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a cluster name matches " + NAME.pattern());
        }
        memberPorts = List.copyOf(memberPorts);
        if (memberPorts.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one member");
        }
    }

    /** Payara Micro's {@code --clustermode} value; a list, because a port range crashes its boot. */
    String discovery() {
        return memberPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(",", "tcpip:", ""));
    }
}
