package org.claimdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling the verdict rate is measured against: single-row inserts, each its own transaction (as a verdict is),
 * into a scratch table on the application's own PostgreSQL (the embedded one, configured as the default run
 * configures it: fsync and synchronous commit on), from one connection and from several at once.
 */
final class InsertCeiling {

    private final String url;
    private final Properties login = new Properties();

    /** The superuser of the embedded cluster in {@code dataDir} (its port from postmaster.pid, its password from ClaimDesk's file). */
    InsertCeiling(Path dataDir) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        url = "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres";
        Properties credentials = new Properties();
        try (var in = Files.newBufferedReader(dataDir.resolve("claimdesk-credentials.properties"))) {
            credentials.load(in);
        }
        login.setProperty("user", "postgres");
        login.setProperty("password", credentials.getProperty("superuser.password"));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, login);
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts per second over {@code seconds}, from {@code connections} threads each on its own connection. */
    double insertsPerSecond(int connections, int seconds) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_insert_ceiling");
            s.execute("create table bench_insert_ceiling (bench_insert_ceiling_id bigserial primary key,"
                    + " claim_id bigint not null, reviewer text not null, rationale text not null,"
                    + " created_at timestamptz not null default now())");
        }
        AtomicLong rows = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            int me = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
                        "insert into bench_insert_ceiling (claim_id, reviewer, rationale) values (?, ?, ?)")) {
                    c.setAutoCommit(true);
                    for (long i = 0; System.nanoTime() < end; i++) {
                        insert.setLong(1, i);
                        insert.setString(2, "reviewer-" + me);
                        insert.setString(3, "Checked against the official record (ceiling run " + i + ").");
                        insert.executeUpdate();
                        rows.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double rate = rows.get() / ((System.nanoTime() - started) / 1e9);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table bench_insert_ceiling");
        }
        return rate;
    }
}
