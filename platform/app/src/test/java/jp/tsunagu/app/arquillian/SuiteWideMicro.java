package jp.tsunagu.app.arquillian;

import jp.tsunagu.stack.HazelcastCluster;
import jp.tsunagu.stack.PayaraMicroServer;
import jp.tsunagu.stack.PayaraMicroSettings;
import jp.tsunagu.stack.SharedKeycloak;
import jp.tsunagu.stack.SharedPostgres;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one Payara Micro of this JVM's test run, with the stack it needs started first: the application
 * migrates its database while it deploys, so PostgreSQL (and Keycloak) must be up before Micro boots.
 */
public final class SuiteWideMicro {

    private static PayaraMicroServer server;
    private static String deployedArchive;
    private static ProtocolMetaData metaData;
    private static int boots;
    private static DeploymentException bootFailure;
    private static HazelcastCluster cluster;
    private static Path deployedWar;

    private SuiteWideMicro() {
    }

    static synchronized ProtocolMetaData deploy(Archive<?> archive, SuiteWideMicroConfiguration configuration)
            throws DeploymentException {
        if (bootFailure != null) {
            // Booting again would only repeat the same failure, once per test class.
            throw new DeploymentException("Payara Micro failed to boot earlier in this run", bootFailure);
        }
        if (server == null) {
            try {
                boot(archive, configuration);
            } catch (DeploymentException e) {
                bootFailure = e;
                throw e;
            }
        } else if (!archive.getName().equals(deployedArchive)) {
            throw new DeploymentException("this run's Payara Micro serves " + deployedArchive + "; "
                    + archive.getName() + " cannot be deployed beside it: use TsunaguWar.asBuilt()");
        }
        return metaData;
    }

    private static void boot(Archive<?> archive, SuiteWideMicroConfiguration configuration) throws DeploymentException {
        SharedPostgres.get();
        SharedKeycloak.get();
        Path work = Path.of(configuration.getWorkDirectory());
        try {
            Path war = work.resolve(archive.getName());
            Files.createDirectories(work);
            archive.as(ZipExporter.class).exportTo(war.toFile(), true);
            PayaraMicroSettings settings = PayaraMicroSettings
                    .of(Path.of(configuration.getMicroJar()), war, configuration.getHttpPort(), work)
                    .withMaxHeap(configuration.getMaxHeap())
                    .withStartupTimeout(Duration.ofSeconds(configuration.getStartupTimeoutInSeconds()));
            if (cluster().isPresent()) {
                settings = settings.withCluster(cluster().get(), cluster().get().memberPorts().getFirst());
            }
            server = PayaraMicroServer.start(settings);
            deployedWar = war;
        } catch (IOException | RuntimeException e) {
            throw new DeploymentException("Payara Micro did not start with " + archive.getName(), e);
        }
        boots++;
        deployedArchive = archive.getName();
        // One servlet at the context root, so that @ArquillianResource URL is http://127.0.0.1:<port>/
        metaData = new ProtocolMetaData().addContext(
                new HTTPContext(server.baseUri().getHost(), server.baseUri().getPort())
                        .add(new Servlet("tsunagu", "/")));
        // Normally stop() runs when the suite ends; this covers a JVM that exits without ending it.
        Runtime.getRuntime().addShutdownHook(new Thread(SuiteWideMicro::stop, "suite-wide-micro-stop"));
    }

    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The process id of the run's Micro, once it is up: for a thread dump when a request hangs. */
    public static synchronized Optional<Long> pid() {
        return Optional.ofNullable(server).map(PayaraMicroServer::pid);
    }

    /** How many times this JVM booted Payara Micro: 1 once any test class deployed, whatever their number. */
    public static synchronized int boots() {
        return boots;
    }

    /**
     * The Hazelcast cluster the run's Micro is the first member of, when the build reserved member ports
     * ({@code tsunagu.it.hazelcast.ports}); a second node joins it as the second member. The name is the run's own, so
     * that concurrent builds on one machine never join each other.
     */
    public static synchronized Optional<HazelcastCluster> cluster() {
        String ports = System.getProperty("tsunagu.it.hazelcast.ports");
        if (ports == null || ports.isBlank()) {
            return Optional.empty();
        }
        if (cluster == null) {
            cluster = new HazelcastCluster("tsunagu-it-" + ProcessHandle.current().pid(),
                    Arrays.stream(ports.split(",")).map(String::strip).map(Integer::valueOf).toList());
        }
        return Optional.of(cluster);
    }

    /** The WAR the run's Micro deployed, for a second node to deploy the same. */
    public static synchronized Optional<Path> war() {
        return Optional.ofNullable(deployedWar);
    }

    /** The running Micro, if a test class has deployed it. */
    public static synchronized Optional<PayaraMicroServer> running() {
        return Optional.ofNullable(server);
    }
}
