package org.claimdesk.load;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimdesk.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Heap per Vaadin session: N real sessions, each signed in through the login form and showing the seed
 * article's view (Vaadin's own init request builds the UI on the server), against none; heap after GC.
 * {@code mvn -Pbench -Dbench=sessions -DskipTests verify}; -Dsessions.count (default 50).
 */
public final class SessionHeapBenchmark {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private SessionHeapBenchmark() {
    }

    public static void run(Path out) throws Exception {
        int count = Integer.getInteger("sessions.count", 50);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--claimdesk.embedded-throwaway=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--claimdesk.demo=true", "--claimdesk.demo-password=session bench password")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            openSession(port);
            long before = usedAfterGc();
            for (int i = 0; i < count; i++) {
                openSession(port);
            }
            long after = usedAfterGc();
            long perSession = (after - before) / count;
            String report = String.format("""
                    Heap per Vaadin session (signed in, the seed article's view with its 25 claims open), after GC:
                    %d sessions: %,d KB before, %,d KB after: %,d KB per session (goal: at most 500 KB: %s)
                    Machine: %d cores, %s %s
                    """, count, before >> 10, after >> 10, perSession >> 10, perSession <= 500 * 1024 ? "met" : "NOT met",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));
            Files.writeString(out, report);
            System.out.print(report);
        }
    }

    /** Signs alice in with her own cookie jar and opens the article view: one more session and UI on the server. */
    private static void openSession(int port) throws Exception {
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            String base = "http://localhost:" + port;
            browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
            browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=session+bench+password")).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> init = browser.send(HttpRequest.newBuilder(
                    URI.create(base + "/?v-r=init&location=articles%2F1&query=")).build(), HttpResponse.BodyHandlers.ofString());
            String key = JSON.readTree(init.body()).get("appConfig").get("uidl").get("Vaadin-Security-Key").asString();
            // what the browser's client engine sends next: navigate the new UI to the article's view
            String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":"
                    + "\"ui-navigate\",\"data\":{\"route\":\"articles/1\",\"query\":\"\",\"appShellTitle\":\"\","
                    + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
            HttpResponse<String> ui = browser.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
            if (ui.statusCode() != 200 || !ui.body().contains("Waltz")) {
                throw new IllegalStateException("the article view did not open: " + ui.statusCode() + " "
                        + ui.body().substring(0, Math.min(400, ui.body().length())));
            }
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
