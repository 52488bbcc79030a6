package org.claimdesk.base;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedded PostgreSQL, started so that no connection gets in without a password: before the server first
 * listens, {@code pg_hba.conf} asks SCRAM-SHA-256 of every connection and the superuser has a random password
 * (set in single-user mode, so there is never a moment of "trust"). Once running, the owner and application roles
 * are made to match {@link EmbeddedCredentials}. A data directory from an earlier ClaimDesk (trust, no passwords,
 * tables owned by the superuser) goes through the same steps and so is upgraded in place.
 */
record EmbeddedCluster(EmbeddedPostgres postgres, EmbeddedCredentials credentials) implements Closeable {

    static final String PG_HBA = """
            # ClaimDesk: a password (SCRAM-SHA-256) for every connection, from this machine only. Rewritten at start.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    /** Starts on {@code dataDir}, kept across restarts, or on a fresh directory deleted on close ({@code throwaway}). */
    static EmbeddedCluster start(Path dataDir, boolean throwaway) throws IOException {
        // known before zonky starts: its own readiness check connects as the superuser and needs the password
        EmbeddedCredentials credentials = EmbeddedCredentials.load(dataDir).orElseGet(EmbeddedCredentials::generate);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir).setCleanDataDirectory(throwaway)
                .setDataDirectoryCustomizer(dir -> secure(dir.toPath(), credentials, !throwaway))
                .setConnectConfig("password", credentials.superuserPassword())
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("unix_socket_directories", "")
                // after a crash PostgreSQL replays its log before it accepts connections: give it time
                .setPGStartupWait(Duration.ofSeconds(throwaway ? 20 : 60));
        if (!throwaway) {
            // zonky starts PostgreSQL with fsync off and asynchronous commits, fine for tests; kept data needs both on
            // so that an acknowledged verdict also survives a power cut (a later -c wins over zonky's -F)
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedCluster cluster = new EmbeddedCluster(builder.start(), credentials);
        try (Connection superuser = cluster.dataSource(EmbeddedCredentials.SUPERUSER).getConnection()) {
            EmbeddedRoles.apply(superuser, credentials);
        } catch (SQLException e) {
            cluster.close();
            throw new IOException("Could not set up the embedded database's roles: " + e.getMessage(), e);
        }
        return cluster;
    }

    /** A plain (unpooled) data source logging in as one of the three roles. */
    DataSource dataSource(String role) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {postgres.getPort()});
        ds.setDatabaseName(EmbeddedCredentials.DATABASE);
        ds.setUser(role);
        ds.setPassword(switch (role) {
            case EmbeddedCredentials.SUPERUSER -> credentials.superuserPassword();
            case EmbeddedCredentials.OWNER -> credentials.ownerPassword();
            case EmbeddedCredentials.APP -> credentials.appPassword();
            default -> throw new IllegalArgumentException("No such embedded role: " + role);
        });
        return ds;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + EmbeddedCredentials.DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * Runs inside zonky's start, after {@code initdb} (for a new directory) and before the server starts. Skipped
     * when the directory is already secured; otherwise (new, from an earlier ClaimDesk, or its credentials file
     * deleted) the passwords are stored, the superuser's is set in single-user mode and pg_hba.conf is replaced.
     */
    static void secure(Path dir, EmbeddedCredentials credentials, boolean durable) {
        boolean stored = Files.exists(dir.resolve(EmbeddedCredentials.FILE_NAME));
        if (stored && hbaIsOurs(dir)) {
            return;
        }
        if (!stored) {
            credentials.store(dir);
        }
        SingleUserPostgres.run(dir, "alter role " + EmbeddedCredentials.SUPERUSER + " password '"
                + credentials.superuserPassword() + "'", credentials.superuserPassword(), durable);
        writeHba(dir);
    }

    static boolean hbaIsOurs(Path dir) {
        try {
            return Files.readString(dir.resolve("pg_hba.conf")).equals(PG_HBA);
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeHba(Path dir) {
        try {
            Path temp = dir.resolve("pg_hba.conf.claimdesk-tmp");
            Files.writeString(temp, PG_HBA);
            Files.setPosixFilePermissions(temp, EmbeddedCredentials.OWNER_ONLY);
            Files.move(temp, dir.resolve("pg_hba.conf"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write pg_hba.conf in " + dir, e);
        }
    }
}
