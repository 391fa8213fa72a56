package com.qh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP relay that holds every chunk for a fixed time in each direction, so a server on this machine
 * answers like one a network away: with {@code oneWay} of 10 ms, each request and its answer take a 20 ms round
 * trip. Order within a direction is kept; when either side closes, the pair is closed once what it sent has been
 * passed on. Both sockets have {@code TCP_NODELAY}, so the delay is the only one added.
 */
final class LatencyRelay implements AutoCloseable {

    private static final byte[] END = new byte[0];

    private final ServerSocket server;
    private final int targetPort;
    private final long delayNanos;

    LatencyRelay(int listenPort, int targetPort, Duration oneWay) throws IOException {
        this.server = new ServerSocket(listenPort, 200, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.delayNanos = oneWay.toNanos();
        Thread.ofPlatform().daemon().name("latency-relay").start(this::accept);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                pump(client, target);
                pump(target, client);
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    /** Reads what arrives on {@code from} and writes it to {@code to} once it has been held for the delay. */
    private void pump(Socket from, Socket to) {
        record Chunk(byte[] bytes, long due) {
        }
        BlockingQueue<Chunk> held = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    held.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + delayNanos));
                }
            }
            catch (IOException closed) {
                // the connection went away; pass the end on
            }
            held.add(new Chunk(END, System.nanoTime() + delayNanos));
        });
        Thread.ofVirtual().start(() -> {
            try {
                OutputStream out = to.getOutputStream();
                while (true) {
                    Chunk chunk = held.take();
                    LockSupport.parkNanos(chunk.due() - System.nanoTime());
                    if (chunk.bytes() == END) {
                        // One side closed (SMTP's server after 221, or a client that left): close the pair.
                        closeQuietly(from);
                        closeQuietly(to);
                        return;
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            }
            catch (IOException | InterruptedException closed) {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ignored) {
            // already closed
        }
    }
}
