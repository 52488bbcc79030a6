package org.claimdesk.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.claimdesk.Application;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.Source;
import org.claimdesk.review.Stance;
import org.claimdesk.review.VerdictInput;
import org.claimdesk.review.VerdictType;
import org.claimdesk.security.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A harness, not a unit test: an article with 2,000 claims and over 10,000 history rows exported in every
 * format (goal: 2 s each), and 1,000 articles streamed as one bulk export while the heap is sampled.
 */
public final class ExportBenchmark {

    static final int CLAIMS = 2000;
    static final int BULK_ARTICLES = 1000;

    private ExportBenchmark() {
    }

    public static void run(Path out) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--claimdesk.embedded-throwaway=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--claimdesk.admin-username=bench", "--claimdesk.admin-password=bench-password-123")) {
            StringBuilder report = new StringBuilder();
            ExportService exports = app.getBean(ExportService.class);
            long big = SystemActor.call(() -> bigArticle(app));
            long history = app.getBean(JdbcTemplate.class).queryForObject("select (select count(*) from claim_history"
                    + " where article_id = ?) + (select count(*) from verdict_history where article_id = ?)"
                    + " + (select count(*) from decision_history where article_id = ?)", Long.class, big, big, big);
            report.append(String.format("Export of one article with %d claims and %d history rows (best of 3, after 1 warm-up):%n",
                    CLAIMS, history));
            for (ExportFormat format : ExportFormat.values()) {
                long[] millis = new long[4];
                long bytes = 0;
                for (int i = 0; i < millis.length; i++) {
                    Counting sink = new Counting();
                    long start = System.nanoTime();
                    SystemActor.run(() -> exports.write(big, format, new ExportService.Options(true, false), sink));
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                    bytes = sink.count;
                }
                long best = Arrays.stream(millis, 1, millis.length).min().orElseThrow();
                report.append(String.format("  %-12s %6d ms  %,12d bytes  %s%n", format.label(), best, bytes,
                        best <= 2000 ? "(goal 2 s: met)" : "(goal 2 s: NOT met)"));
            }
            List<Long> many = SystemActor.call(() -> smallArticles(app));
            for (ExportService.Bulk bulk : ExportService.Bulk.values()) {
                report.append(bulkFigures(exports, many, bulk));
            }
            report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                    .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, ")
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                    .append('\n');
            Files.writeString(out, report);
            System.out.print(report);
        }
    }

    private static String bulkFigures(ExportService exports, List<Long> ids, ExportService.Bulk bulk) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Counting sink = new Counting();
        long start = System.nanoTime();
        SystemActor.run(() -> exports.writeBulk(ids, bulk, sink));
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        return String.format("Bulk %-6s %d articles: %,d ms, %,d bytes, heap peak %,d MB (%,d MB above the %,d MB before)%n",
                bulk, ids.size(), millis, sink.count, peak.get() >> 20, (peak.get() - baseline) >> 20, baseline >> 20);
    }

    private static long bigArticle(ConfigurableApplicationContext app) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= CLAIMS; i++) {
            text.append("Region ").append(i).append(" reported that output rose ").append(i % 9 + 1)
                    .append("% in 2025, the ministry said. ");
            if (i % 10 == 0) {
                text.append('\n');
            }
        }
        long id = app.getBean(ArticleService.class).importArticle(ArticleDraft.of("Benchmark", text.toString()),
                ImportMethod.PASTE).id();
        List<ClaimView> claims = app.getBean(ClaimService.class).forArticle(id);
        ReviewService reviews = app.getBean(ReviewService.class);
        VerdictInput input = new VerdictInput(VerdictType.DISPUTED, "The statistics office reports a smaller rise.",
                List.of(new Source("https://stats.example.org/output", "Output statistics", "Output rose 1%.", null,
                        Stance.REFUTES)));
        for (ClaimView claim : claims) {
            as("reviewer-a", "ROLE_REVIEWER", () -> reviews.submitVerdict(claim.id(), input));
            as("reviewer-b", "ROLE_REVIEWER", () -> reviews.submitVerdict(claim.id(), input));
            if (claim.ordinal() % 2 == 0) {
                as("editor", "ROLE_EDITOR", () -> reviews.decide(claim.id(), input, null, null, null));
            }
        }
        return id;
    }

    private static List<Long> smallArticles(ConfigurableApplicationContext app) {
        ArticleService articles = app.getBean(ArticleService.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < BULK_ARTICLES; i++) {
            ids.add(articles.importArticle(ArticleDraft.of("Article " + i, "The council met on Monday. Turnout was "
                    + i + "%. Rents rose 4% in a year. The mayor said the budget was balanced."), ImportMethod.PASTE).id());
        }
        return ids;
    }

    private static void as(String user, String role, Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Discards what it is given, counting the bytes. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
