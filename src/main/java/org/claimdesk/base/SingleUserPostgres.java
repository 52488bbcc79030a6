package org.claimdesk.base;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * One statement run by {@code postgres --single} on a stopped cluster: no network, no authentication. This is how
 * the embedded superuser gets its password before the server ever accepts a connection.
 *
 * <p>zonky 2.2.2 has no public way to name the directory where it unpacked its binaries, so this asks its
 * private {@code prepareBinaries} with the arguments its builder uses by default (it returns the cached directory).
 * {@code EmbeddedDatabaseConfigTest} fails at once if a zonky upgrade changes that.
 */
final class SingleUserPostgres {

    private SingleUserPostgres() {
    }

    /** Runs {@code sql}; {@code secret} is blanked out of any error message; not {@code durable}: without fsync. */
    static void run(Path dataDir, String sql, String secret, boolean durable) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does when run as root
        }
        command.addAll(List.of(new File(binaries(), "bin/postgres").getPath(), "--single", "-D", dataDir.toString(),
                "-c", "password_encryption=scram-sha-256", "-c", "log_min_error_statement=panic",
                "-c", "fsync=" + (durable ? "on" : "off"), "postgres"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write((sql.replace('\n', ' ') + ";\n").getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0
                    || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IllegalStateException("PostgreSQL in single-user mode failed on " + dataDir + ": "
                        + output.replace(secret, "********"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run PostgreSQL in single-user mode on " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up " + dataDir, e);
        }
    }

    static File binaries() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This zonky version does not expose its PostgreSQL binaries as 2.2.2 does", e);
        }
    }
}
