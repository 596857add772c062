package dev.dockcheck.localruntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** TCP ports on 127.0.0.1. */
public final class Ports {

    public static final String HOST = "127.0.0.1";

    private Ports() {
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that was free a moment ago. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    /** A distinct port, free a moment ago, for each of {@code names}, in their order. */
    public static Map<String, Integer> freeForEach(Collection<String> names) {
        Set<Integer> used = new HashSet<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : names) {
            int port;
            do {
                port = free();
            } while (!used.add(port));
            ports.put(name, port);
        }
        return ports;
    }

    /**
     * Fails if any of the ports, named by what will use them, is taken, listing all taken ones.
     */
    public static void requireFree(Map<String, Integer> portsByUse) {
        List<String> taken = new ArrayList<>();
        portsByUse.forEach((use, port) -> {
            if (!isFree(port)) {
                taken.add(port + " (" + use + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use on " + HOST + ": " + String.join(", ", taken)
                    + ". Is a local pipeline already running? Stop it, or pick other ports (see --help).");
        }
    }
}
