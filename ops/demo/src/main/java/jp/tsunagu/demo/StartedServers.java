package jp.tsunagu.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the demo has started, stopped in reverse order (the application before Keycloak before PostgreSQL)
 * when the JVM shuts down, Ctrl-C included. Child processes that had not finished starting when the user
 * pressed Ctrl-C are not in the list yet; they are this JVM's descendants and are stopped too.
 */
final class StartedServers {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean stopping;

    static StartedServers stoppedOnShutdown() {
        StartedServers servers = new StartedServers();
        Runtime.getRuntime().addShutdownHook(new Thread(servers::stopAll, "tsunagu-stop"));
        return servers;
    }

    synchronized <T extends AutoCloseable> T add(T server) {
        if (stopping) {
            close(server);
            throw new IllegalStateException("Tsunagu is stopping");
        }
        started.push(server);
        return server;
    }

    synchronized void stopAll() {
        if (stopping) {
            return;
        }
        stopping = true;
        System.out.println("Stopping Tsunagu...");
        while (!started.isEmpty()) {
            close(started.pop());
        }
        stopDescendants();
        System.out.println("Tsunagu stopped.");
    }

    private static void close(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("Could not stop " + server + ": " + e);
        }
    }

    private static void stopDescendants() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : left) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }
}
