package jp.tsunagu.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayaraMicroSettingsTest {

    private final PayaraMicroSettings single = PayaraMicroSettings.of(
            Path.of("/opt/payara-micro.jar"), Path.of("/opt/tsunagu.war"), 8080, Path.of("/var/tsunagu/micro"));

    @Test
    void aSingleInstanceRunsWithBoundedHeapAtTheRootContextWithoutCluster() {
        List<String> command = single.withJavaHome(Path.of("/jdk")).commandLine(Path.of("/var/preboot.txt"));

        assertEquals("/jdk/bin/java", command.getFirst());
        assertTrue(command.contains("-Xmx512m"));
        assertTrue(command.contains("-Dhazelcast.socket.bind.any=false"));
        assertTrue(command.contains("-Djava.io.tmpdir=/var/tsunagu/micro/tmp"));
        assertFollowedBy(command, "--deploy", "/opt/tsunagu.war");
        assertFollowedBy(command, "--contextroot", "/");
        assertFollowedBy(command, "--port", "8080");
        assertFollowedBy(command, "--prebootcommandfile", "/var/preboot.txt");
        assertTrue(command.contains("--nocluster"));
        assertFalse(command.contains("--clustermode"));
    }

    @Test
    void systemPropertiesBecomeJvmOptionsBeforeTheJar() {
        List<String> command = single.withSystemProperties(Map.of("tsunagu.public.url", "http://127.0.0.1:8080"))
                .commandLine(Path.of("/var/preboot.txt"));

        assertTrue(command.indexOf("-Dtsunagu.public.url=http://127.0.0.1:8080") < command.indexOf("-jar"));
    }

    @Test
    void aClusterMemberListsEveryMemberOnLoopback() {
        PayaraMicroSettings member = single.withCluster(new HazelcastCluster("tsunagu-it", List.of(5901, 5902)), 5902);

        List<String> command = member.commandLine(Path.of("/var/preboot.txt"));

        assertFollowedBy(command, "--clustername", "tsunagu-it");
        assertFollowedBy(command, "--clustermode", "tcpip:127.0.0.1:5901,127.0.0.1:5902");
        assertFollowedBy(command, "--interfaces", "127.0.0.1");
        assertFalse(command.contains("--nocluster"));
        assertEquals(5902, member.hazelcastPort());
    }

    @Test
    void prebootCommandsBindHttpAndHazelcastToLoopback() {
        String commands = single.prebootCommands(5901);

        assertTrue(commands.contains("network-listener.http-listener.address=127.0.0.1"));
        assertTrue(commands.contains("hazelcast-runtime-configuration.interface=127.0.0.1"));
        assertTrue(commands.contains("hazelcast-runtime-configuration.start-port=5901"));
    }

    @Test
    void rejectsWhatWouldStartAMisconfiguredServer() {
        assertThrows(IllegalArgumentException.class, () -> single.withMaxHeap("lots"));
        assertThrows(IllegalArgumentException.class,
                () -> single.withCluster(new HazelcastCluster("c", List.of(5901)), 5999));
        assertThrows(IllegalArgumentException.class, () -> new HazelcastCluster("a b", List.of(5901)));
        assertThrows(IllegalArgumentException.class, () -> PayaraMicroSettings.of(
                Path.of("m.jar"), Path.of("a.war"), 0, Path.of("w")));
    }

    private static void assertFollowedBy(List<String> command, String option, String value) {
        int at = command.indexOf(option);
        assertTrue(at >= 0, option + " missing in " + command);
        assertEquals(value, command.get(at + 1), option);
    }
}
