package org.claimdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar} to healthy (GET /actuator/health answers UP) on an existing embedded database, the packaged
 * jar as shipped against the same jar extracted and started with the JDK's AOT cache (JEP 483/514), each started
 * several times, alternating, and the median reported. The first start creates the database (not measured); the
 * training run that writes the cache starts the app, waits for healthy, opens the sign-in page and stops it.
 * Lazy initialisation ({@code spring.main.lazy-initialization=true}) was measured too (2026-12-01: no faster than
 * the cache alone, 11.1 s against 10.2 s median) and is not a variant any more.
 */
final class StartupBenchmark {

    static final int STARTS = Integer.getInteger("claimdesk.bench.starts", 5);
    static final Path JAR = Path.of("target", "claimdesk.jar").toAbsolutePath();
    static final Path FAST = Path.of("target", "fast-start").toAbsolutePath();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    record Start(double seconds, long rssMegabytes) {
    }

    private StartupBenchmark() {
    }

    static void run(Path out) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -Pbench verify (it packages first)");
        }
        Path data = Files.createTempDirectory("claimdesk-startup-");
        stop(start(data, List.of("-jar", JAR.toString())));
        exec(List.of(java(), "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--force", "--destination",
                FAST.toString()));
        Path cache = FAST.resolve("claimdesk.aot");
        Files.deleteIfExists(cache);
        Path appJar = FAST.resolve("claimdesk.jar");
        long training = System.nanoTime();
        Running trainee = start(data, List.of("-XX:AOTCacheOutput=" + cache, "-jar", appJar.toString()));
        HTTP.send(HttpRequest.newBuilder(URI.create(trainee.base + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        stop(trainee);
        double trainingSeconds = (System.nanoTime() - training) / 1e9;
        if (!Files.exists(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache");
        }
        List<String> plain = List.of("-jar", JAR.toString());
        List<String> aot = List.of("-XX:AOTCache=" + cache, "-jar", appJar.toString());
        // C1 only: less compiling competes with start-up on few cores, at a cost in peak throughput
        List<String> aotC1 = List.of("-XX:AOTCache=" + cache, "-XX:TieredStopAtLevel=1", "-jar", appJar.toString());
        List<Start> plainStarts = new ArrayList<>();
        List<Start> aotStarts = new ArrayList<>();
        List<Start> c1Starts = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            plainStarts.add(measure(data, plain));
            aotStarts.add(measure(data, aot));
            c1Starts.add(measure(data, aotC1));
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Start to healthy (GET /actuator/health = UP), existing embedded database,"
                + " %d starts each, alternating; %d cores; JDK %s%n", STARTS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        report.append(String.format(Locale.ROOT, "training run (start, healthy, sign-in page, stop, write cache): %.1f s;"
                + " cache %d MB%n", trainingSeconds, Files.size(cache) / 1_000_000));
        report.append(line("java -jar claimdesk.jar", plainStarts));
        report.append(line("extracted + -XX:AOTCache", aotStarts));
        report.append(line("extracted + -XX:AOTCache + C1 only", c1Starts));
        Files.writeString(out, report);
        System.out.print(report);
    }

    static String line(String label, List<Start> starts) {
        List<Double> seconds = starts.stream().map(Start::seconds).sorted().toList();
        List<Long> rss = starts.stream().map(Start::rssMegabytes).sorted().toList();
        return String.format(Locale.ROOT, "%-40s median %5.1f s (min %5.1f, max %5.1f), RSS at healthy median %d MB;"
                + " all: %s%n", label, seconds.get(seconds.size() / 2), seconds.getFirst(), seconds.getLast(),
                rss.get(rss.size() / 2), seconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList());
    }

    static Start measure(Path data, List<String> args) throws Exception {
        long begin = System.nanoTime();
        Running app = start(data, args);
        double seconds = (System.nanoTime() - begin) / 1e9;
        long rss = rssMegabytes(app.process.pid());
        stop(app);
        return new Start(seconds, rss);
    }

    record Running(Process process, String base) {
    }

    /** Starts the app on a free loopback port and returns once it is healthy. */
    static Running start(Path data, List<String> args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(args);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "benchmarks", "startup-last.log").toFile());
        builder.environment().put("CLAIMDESK_DATA_DIR", data.toString());
        Process process = builder.start();
        String base = "http://127.0.0.1:" + port;
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited: see target/benchmarks/startup-last.log");
            }
            try {
                HttpResponse<String> answer = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                    return new Running(process, base);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("not healthy within 3 minutes");
    }

    /** A graceful stop (SIGTERM), as a deploy stops it; a training run writes its cache now. */
    static void stop(Running app) throws InterruptedException {
        app.process.destroy();
        if (!app.process.waitFor(2, TimeUnit.MINUTES)) {
            app.process.destroyForcibly().waitFor();
        }
    }

    static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}
