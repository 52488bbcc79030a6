package org.claimdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate's statement inspector in every {@link IntegrationTest}: passes each SQL statement through unchanged
 * and, while {@link #record} runs on this thread, keeps a copy, so a test can see the SQL the app really sends.
 */
public final class SqlRecorder implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** Runs {@code work} and answers every statement Hibernate prepared for it on this thread, in order. */
    public static List<String> record(Supplier<?> work) {
        List<String> statements = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            work.get();
        } finally {
            RECORDING.set(outer);
        }
        return statements;
    }
}
