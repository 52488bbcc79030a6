package org.claimdesk.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
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
 * Either way it is set up as a production server should be (see {@link EmbeddedCluster}): Flyway migrates as the
 * owner role, and the application connects as {@value EmbeddedCredentials#APP}, which owns nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoDatasourceUrl.class)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(ClaimDeskProperties properties,
            @Value("${claimdesk.embedded-throwaway:false}") boolean throwaway) throws IOException {
        if (throwaway) {
            return EmbeddedCluster.start(Files.createTempDirectory("claimdesk-pg-"), true);
        }
        Path dataDir = Path.of(StringUtils.hasText(properties.dataDir()) ? properties.dataDir() : "./data")
                .toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        stopOrphanedPostmaster(dataDir);
        EmbeddedCluster cluster = EmbeddedCluster.start(dataDir, false);
        log.info("ClaimDesk is using its embedded PostgreSQL with data in {} (kept across restarts; passwords in {}). "
                + "For production set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME/PASSWORD (the application role) "
                + "and SPRING_FLYWAY_USER/PASSWORD (the owner role) to point it at your PostgreSQL server.",
                dataDir, EmbeddedCredentials.FILE_NAME);
        return cluster;
    }

    /** For tests and tools that need the server itself (its port, a superuser connection). */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedCluster cluster) {
        return cluster.postgres();
    }

    @Bean
    EmbeddedCredentials embeddedCredentials(EmbeddedCluster cluster) {
        return cluster.credentials();
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

    /** The application's pool: the least-privileged role. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedCluster cluster) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(cluster.jdbcUrl());
        dataSource.setUsername(EmbeddedCredentials.APP);
        dataSource.setPassword(cluster.credentials().appPassword());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("claimdesk-embedded");
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }

    /** Flyway's only: the owner role, unpooled, and never injected anywhere else. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedCluster cluster) {
        return cluster.dataSource(EmbeddedCredentials.OWNER);
    }

    /** The grants in R__app_role_grants.sql go to the embedded application role, whatever the properties say. */
    @Bean
    FlywayConfigurationCustomizer embeddedAppRole() {
        return flyway -> {
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put("app_role", EmbeddedCredentials.APP);
            flyway.placeholders(placeholders);
        };
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
