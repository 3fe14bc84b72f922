package uk.gov.la.ei.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Refuses to start when a port the stack needs is taken, naming the port and who wanted it. */
final class PortCheck {

    private PortCheck() {
    }

    /** @param wanted port → what it is for (e.g. 9092 → "Kafka (--kafka-port, LOCAL_KAFKA_PORT)") */
    static List<String> busy(Map<Integer, String> wanted) {
        List<String> problems = new ArrayList<>();
        wanted.forEach((port, what) -> {
            if (!free(port)) {
                problems.add("port " + port + " for " + what + " is already in use");
            }
        });
        return problems;
    }

    /** Free means: nobody answers on localhost and we may bind it on every interface. */
    static boolean free(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return false;
        } catch (IOException expected) {
            // nobody listening on loopback
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code count} distinct ports the operating system handed out (all held open together, then released). */
    static int[] freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("no free ports: " + e.getMessage(), e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // released anyway when the JVM exits
                }
            }
        }
    }
}
