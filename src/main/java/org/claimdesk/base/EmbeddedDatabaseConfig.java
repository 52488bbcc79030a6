package org.claimdesk.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The zero-set-up default: when no {@code spring.datasource.url} (SPRING_DATASOURCE_URL) is given,
 * ClaimDesk starts a real PostgreSQL of its own whose data lives in {@code claimdesk.data-dir}.
 * With {@code claimdesk.embedded-throwaway=true} (the tests) it starts a fresh, temporary cluster instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoDatasourceUrl.class)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ClaimDeskProperties properties,
            @Value("${claimdesk.embedded-throwaway:false}") boolean throwaway) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (throwaway) {
            return builder.start();
        }
        Path dataDir = Path.of(StringUtils.hasText(properties.dataDir()) ? properties.dataDir() : "./data")
                .toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        stopOrphanedPostmaster(dataDir);
        // after a crash PostgreSQL replays its log before it accepts connections: give it time
        EmbeddedPostgres postgres = builder.setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
        log.info("ClaimDesk is using its embedded PostgreSQL with data in {} (kept across restarts). "
                + "For production set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                + "SPRING_DATASOURCE_PASSWORD to point it at your PostgreSQL server.", dataDir);
        return postgres;
    }

    /**
     * PostgreSQL runs as its own process: if an earlier ClaimDesk was killed, its server may still hold the data
     * directory. Stop it gracefully (SIGTERM: PostgreSQL finishes writing, then exits) so this start can proceed.
     */
    static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (RuntimeException unreadable) {
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("A PostgreSQL left running by an earlier ClaimDesk (pid {}) holds {}; stopping it first.",
                            pid, dataDir);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                    }
                });
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("claimdesk-embedded");
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
