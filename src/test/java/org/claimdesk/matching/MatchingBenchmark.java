package org.claimdesk.matching;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

import org.claimdesk.Application;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A harness, not a unit test: {@link MatchService#matches} (the whole service call, as the API makes it) over the
 * 100,000-claim archive of {@link MatchingSeed}, in four phases on three disjoint sets of query claims, so that
 * no measured figure comes from a query that already ran:
 * <ol>
 * <li><b>cold</b>: the first match calls of this JVM (the import path has run, the match path never);</li>
 * <li><b>warm-up</b>: other claims, not measured;</li>
 * <li><b>steady</b>: each claim of the measured set once (the goal's figure: p95 at most 50 ms);</li>
 * <li><b>repeat</b>: the measured set again (every page it needs now cached).</li>
 * </ol>
 * Each phase reports the JIT compiler's time and PostgreSQL's block reads and hits during it, which tell what a
 * first call pays for; the machine's load average is written before and after.
 */
public final class MatchingBenchmark {

    static final int COLD = 100;
    static final int WARMUP = 300;
    static final int MEASURED = 300;

    private MatchingBenchmark() {
    }

    public static void run(Path out) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--claimdesk.embedded-throwaway=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--claimdesk.admin-username=bench", "--claimdesk.admin-password=bench-password-123")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String[]> sentences = MatchingSeed.Sentences.load();
            Random random = new Random(14);
            long seedStart = System.nanoTime();
            MatchingSeed.seed(jdbc, sentences, random);
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
            List<Long> all = SystemActor.call(() -> MatchingSeed.queryClaims(app, sentences, random,
                    COLD + WARMUP + MEASURED));
            List<Long> cold = all.subList(0, COLD);
            List<Long> warmup = all.subList(COLD, COLD + WARMUP);
            List<Long> measured = all.subList(COLD + WARMUP, all.size());
            MatchService matches = app.getBean(MatchService.class);
            StringBuilder report = new StringBuilder();
            String loadBefore = loadAverage();
            Phase.settle(jdbc);
            int[] found = new int[1];
            LongConsumer call = id -> found[0] += SystemActor.call(() -> matches.matches(id, false)).isEmpty() ? 0 : 1;
            report.append(Phase.measure("cold (first match calls of the JVM)", cold, call, jdbc));
            report.append(Phase.measure("warm-up (other claims, not the measured ones)", warmup, call, jdbc));
            found[0] = 0;
            report.append(Phase.measure("steady: each measured claim once", measured, call, jdbc));
            int foundSteady = found[0];
            report.append(Phase.measure("repeat: the measured claims again", measured, call, jdbc));
            report.append(sqlAlone(app, measured, out));
            String loadAfter = loadAverage();
            String text = String.format("""
                    Claim matching over %,d claims (%,d with a final verdict), seeded in %,d ms; query claims from new
                    articles (real sentences with one word dropped), three disjoint sets: %d cold, %d warm-up,
                    %d measured (%d of them found a match). PostgreSQL shared_buffers %s.
                    %s\
                    Goal p95 <= 50 ms for the steady phase: %s
                    Load average before: %s   after: %s
                    Machine: %d cores, max heap %d MB, %s %s
                    """, MatchingSeed.CLAIMS, MatchingSeed.CLAIMS / 3, seedMillis, COLD, WARMUP, MEASURED, foundSteady,
                    jdbc.queryForObject("show shared_buffers", String.class), report,
                    Phase.lastP95 <= 50 ? "met" : "NOT met", loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            Files.writeString(out, text);
            System.out.print(text);
        }
    }

    /** The index SQL alone (100 candidates, one transaction each) on the measured claims, and one plan. */
    private static String sqlAlone(ConfigurableApplicationContext app, List<Long> measured, Path out) throws Exception {
        MatchIndex index = app.getBean(MatchIndex.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        List<ClaimView> views = SystemActor.call(() -> measured.stream().map(app.getBean(ClaimService.class)::get).toList());
        long[] sql = new long[views.size()];
        for (int i = 0; i < views.size(); i++) {
            ClaimView v = views.get(i);
            String config = index.entries(v.articleId()).getFirst().config();
            long start = System.nanoTime();
            tx.executeWithoutResult(t -> index.similar(v.text(), config, v.articleId(), MatchService.THRESHOLD, 100));
            sql[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(sql);
        ClaimView first = views.getFirst();
        String config = index.entries(first.articleId()).getFirst().config();
        List<String> plan = new ArrayList<>(List.of("-- " + first.text()));
        plan.addAll(tx.execute(t -> index.explain(first.text(), config, first.articleId(), MatchService.THRESHOLD, 100)));
        Files.write(out.resolveSibling("matching-plan.txt"), plan);
        return String.format("  the index SQL alone on the measured claims (100 candidates): p50 %.1f ms  p95 %.1f ms%n"
                + "  EXPLAIN (ANALYZE, BUFFERS) of one candidate query: target/benchmarks/matching-plan.txt%n",
                Phase.at(sql, 0.5), Phase.at(sql, 0.95));
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /** One measured phase: latencies, JIT time and PostgreSQL block counters around it. */
    static final class Phase {

        /** p95 of the steady phase, in milliseconds. */
        static double lastP95;

        static String measure(String name, List<Long> ids, LongConsumer call, JdbcTemplate jdbc) throws Exception {
            long[] blocksBefore = blocks(jdbc);
            long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long gcBefore = gcMillis();
            long[] micros = new long[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                long start = System.nanoTime();
                call.accept(ids.get(i));
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
            long gc = gcMillis() - gcBefore;
            long slow = Arrays.stream(micros).filter(m -> m > 50_000).count();
            String slowest = slowest(ids, micros, jdbc);
            long firstTen = Arrays.stream(micros, 0, Math.min(10, micros.length)).sum() / 1000;
            settle(jdbc);
            long[] blocksAfter = blocks(jdbc);
            Arrays.sort(micros);
            if (name.startsWith("steady")) {
                lastP95 = at(micros, 0.95);
            }
            return String.format("  %s, %d calls: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms;"
                    + " first 10 calls %d ms in all;%n      over 50 ms: %d calls; JIT compiling %d ms; GC pauses %d ms;"
                    + " PostgreSQL blocks read %,d, hit %,d%n      slowest: %s%n",
                    name, ids.size(), at(micros, 0.5), at(micros, 0.95), at(micros, 0.99),
                    micros[micros.length - 1] / 1000.0, firstTen, slow, jit, gc, blocksAfter[0] - blocksBefore[0],
                    blocksAfter[1] - blocksBefore[1], slowest);
        }

        /** The three slowest calls: milliseconds, the article's language and the claim's first words. */
        private static String slowest(List<Long> ids, long[] micros, JdbcTemplate jdbc) {
            return java.util.stream.IntStream.range(0, ids.size()).boxed()
                    .sorted((a, b) -> Long.compare(micros[b], micros[a])).limit(3)
                    .map(i -> String.format("%.0f ms %s", micros[i] / 1000.0, jdbc.queryForObject("select coalesce("
                            + "a.language, '?') || ' \"' || left(substr(a.body, c.start_offset + 1, c.end_offset - "
                            + "c.start_offset), 40) || '\"' from claim c join article a using (article_id) where "
                            + "c.claim_id = ?", String.class, ids.get(i))))
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        }

        /**
         * Lets every pooled connection's statistics reach pg_stat_database: an idle backend flushes its counters
         * at the latest 10 s after its last transaction (PostgreSQL 15).
         */
        static void settle(JdbcTemplate jdbc) throws InterruptedException {
            Thread.sleep(11_000);
        }

        private static long[] blocks(JdbcTemplate jdbc) {
            return jdbc.queryForObject("select blks_read, blks_hit from pg_stat_database where datname = current_database()",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        }

        static double at(long[] sortedMicros, double quantile) {
            return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(quantile * sortedMicros.length) - 1)]
                    / 1000.0;
        }
    }
}
