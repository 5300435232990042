package jp.tsunagu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports on 127.0.0.1: a free one for listeners nobody needs to know in advance, and checks before binding. */
final class LoopbackPort {

    private LoopbackPort() {
    }

    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /**
     * Fails when something already listens on the port. A server started anyway would fail to bind, or worse,
     * its readiness check would be answered by the other program.
     */
    static void requireFree(int port, String purpose) throws IOException {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.getLocalPort(); // bound, so nothing listens there
        } catch (IOException e) {
            throw new IOException("port " + port + " on 127.0.0.1, wanted for " + purpose
                    + ", is already in use: stop what uses it or choose another port", e);
        }
    }
}
