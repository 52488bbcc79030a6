package org.claimdesk;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy as a child process, with the README's configuration (src/test/resources/haproxy/claimdesk.cfg,
 * the same text with its three ports as placeholders) in front of two ClaimDesk instances on loopback.
 * Its log (the config logs to stdout) goes to target/haproxy.log. No haproxy on the machine is a failure that says
 * how to install it, never a skipped test: CI installs it (.ci/run).
 */
final class HaproxyProcess implements AutoCloseable {

    static final String CONFIG = "/haproxy/claimdesk.cfg";

    private final Process process;
    private final Path log;
    final int port;

    private HaproxyProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The configuration as the README has it, on these ports. */
    static String config(int proxyPort, int app1Port, int app2Port) throws IOException {
        try (InputStream in = HaproxyProcess.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@PROXY_PORT@", String.valueOf(proxyPort))
                    .replace("@APP1_PORT@", String.valueOf(app1Port))
                    .replace("@APP2_PORT@", String.valueOf(app2Port));
        }
    }

    /** Starts haproxy on a free loopback port in front of app1 and app2 and waits until it answers. */
    static HaproxyProcess start(int app1Port, int app2Port) throws IOException, InterruptedException {
        File haproxy = executable();
        int port = freePort();
        Path config = Path.of("target", "haproxy-claimdesk.cfg").toAbsolutePath();
        Files.writeString(config, config(port, app1Port, app2Port));
        Path log = Path.of("target", "haproxy.log").toAbsolutePath();
        Process process = new ProcessBuilder(haproxy.getPath(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HaproxyProcess started = new HaproxyProcess(process, log, port);
        started.awaitListening(Duration.ofSeconds(10));
        return started;
    }

    static File executable() {
        for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/sbin").split(File.pathSeparator)) {
            File candidate = new File(dir, "haproxy");
            if (candidate.canExecute()) {
                return candidate;
            }
        }
        throw new IllegalStateException("haproxy is not installed (looked on the PATH and in /usr/sbin): install it"
                + " with 'apt-get install -y haproxy' (Debian's 2.6); the failover test runs two instances behind it");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket probe = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("haproxy did not listen on " + port + " within " + timeout + ":\n" + log());
    }

    /** Everything haproxy logged so far: one line per request (httplog) and each server's state changes. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until haproxy's log has a line containing {@code text}; answers when it appeared (or fails). */
    Instant awaitLogLine(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (log().contains(text)) {
                return Instant.now();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("haproxy never logged '" + text + "' within " + timeout + ":\n" + log());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
