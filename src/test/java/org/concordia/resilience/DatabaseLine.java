package org.concordia.resilience;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line between a server and its database, which a test can cut and mend: a TCP relay on a local port that
 * forwards every connection to the database's port. {@link #cut()} closes every open connection and stops answering
 * on the port (to the server it looks as if the database had stopped: connections break, new ones are refused);
 * {@link #mend()} answers on the same port again, as a restarted database would.
 */
final class DatabaseLine implements Closeable {

    private final int port;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private DatabaseLine(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** A line on a free local port to {@code targetHost:targetPort}, answering at once. */
    static DatabaseLine to(String targetHost, int targetPort) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        DatabaseLine line = new DatabaseLine(port, targetHost, targetPort);
        line.mend();
        return line;
    }

    int port() {
        return port;
    }

    /** Answers on the port again and relays what comes in. */
    synchronized void mend() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket), "database-line-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Breaks every connection and refuses new ones, until {@link #mend()}. */
    synchronized void cut() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                try {
                    Socket database = new Socket(targetHost, targetPort);
                    open.add(client);
                    open.add(database);
                    relay(client, database);
                    relay(database, client);
                } catch (IOException refused) {
                    closeQuietly(client);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException broken) {
                // Cut, or closed by one side: close both.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-line-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
