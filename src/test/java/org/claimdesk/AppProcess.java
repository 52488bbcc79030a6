package org.claimdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ClaimDesk started as a process of its own, on the test's class path, for tests about several instances.
 * Not a second context in the test's JVM: Spring Security keeps one security-context strategy per JVM, and Vaadin
 * sets it, so two ClaimDesk contexts in one JVM would steal each other's start-up identity.
 */
final class AppProcess implements AutoCloseable {

    /** Logged once the start-up runners are done (Spring's "Started ..." line comes before them). */
    private static final String READY = "to ACCEPTING_TRAFFIC";

    private final Process process;
    private final Path log;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** {@code args} are Spring properties ({@code --name=value}); the log goes to target/app-process-NAME.log. */
    static AppProcess start(String name, List<String> args) throws IOException {
        Path log = Path.of("target", "app-process-" + name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.springframework.boot.availability=DEBUG",
                "--logging.level.org.springframework.boot.tomcat=INFO"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(process, log);
    }

    /** Still running and not yet through its start-up work. */
    boolean starting() throws IOException {
        return process.isAlive() && !Files.readString(log).contains(READY);
    }

    /** Waits until the application is ready (start-up work done); fails with the log's tail if it exits or times out. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(log).contains(READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("ClaimDesk exited with " + process.exitValue() + ":\n" + tail());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("ClaimDesk did not start within " + timeout + ":\n" + tail());
    }

    /** The HTTP port the instance chose (it starts on a free one), once it is ready. */
    int port() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Tomcat started on port\\D*(\\d+)")
                .matcher(Files.readString(log));
        if (!m.find()) {
            throw new IllegalStateException("no port in the log:\n" + tail());
        }
        return Integer.parseInt(m.group(1));
    }

    /** Ends the instance as a crash would: SIGKILL, no shutdown hooks, open connections dropped. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String tail() throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
