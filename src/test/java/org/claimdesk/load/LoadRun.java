package org.claimdesk.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.claimdesk.ApiClient;
import org.claimdesk.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The full load run, {@code mvn -Pbench -Dbench=load -DskipTests verify}: ClaimDesk starts on a throw-away
 * PostgreSQL, then 50 reviewers work for 5 minutes (settings: -Dload.users, -Dload.seconds, -Dload.thinkMillis).
 */
public final class LoadRun {

    private LoadRun() {
    }

    public static void run(Path out) throws Exception {
        int users = Integer.getInteger("load.users", 50);
        int seconds = Integer.getInteger("load.seconds", 300);
        int think = Integer.getInteger("load.thinkMillis", 1000);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--claimdesk.embedded-throwaway=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--claimdesk.admin-username=load-admin",
                "--claimdesk.admin-password=load admin password")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            ApiClient anonymous = ApiClient.anonymous(port);
            ApiClient admin = anonymous.withTokenOf("load-admin", "load admin password");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            var result = new LoadHarness(port, anonymous, admin).run(new LoadHarness.Settings(users,
                    Duration.ofSeconds(seconds), Duration.ofMillis(think)), org.claimdesk.article.ArticleTexts.seed(),
                    ids -> new NamedParameterJdbcTemplate(jdbc).queryForObject(
                            "select count(*) from verdict_history where article_id in (:ids)", Map.of("ids", ids),
                            Long.class));
            String report = result.table() + "Errors (first five): " + result.errorSamples() + "\nMachine: "
                    + Runtime.getRuntime().availableProcessors() + " cores, client and server in one JVM, "
                    + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\n";
            Files.writeString(out, report);
            System.out.print(report);
        }
    }
}
