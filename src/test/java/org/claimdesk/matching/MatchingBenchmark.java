package org.claimdesk.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.claimdesk.Application;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A harness, not a unit test: an archive of 100,000 claims (real sentences from the Universal Dependencies
 * corpora in ../shared/corpora, padded with sentences drawn from the same corpora's word frequencies), a
 * third with final verdicts, then match queries from newly imported articles; p50/p95/max of
 * {@link MatchService#matches} (the whole service call, as the API makes it). Goal: p95 at most 50 ms.
 */
public final class MatchingBenchmark {

    static final int CLAIMS = 100_000;
    static final int PER_ARTICLE = 50;
    static final int QUERIES = 300;

    private MatchingBenchmark() {
    }

    public static void run(Path out) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--claimdesk.embedded-throwaway=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--claimdesk.admin-username=bench", "--claimdesk.admin-password=bench-password-123")) {
            List<String[]> sentences = Sentences.load();
            Random random = new Random(14);
            long seedStart = System.nanoTime();
            seed(app.getBean(JdbcTemplate.class), sentences, random);
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
            List<Long> queries = SystemActor.call(() -> queryClaims(app, sentences, random));
            MatchService matches = app.getBean(MatchService.class);
            long[] millis = new long[queries.size()];
            int found = 0;
            for (int i = 0; i < 20; i++) {
                SystemActor.call(() -> matches.matches(queries.get(0), false));
            }
            for (int i = 0; i < queries.size(); i++) {
                long id = queries.get(i);
                long start = System.nanoTime();
                found += SystemActor.call(() -> matches.matches(id, false)).isEmpty() ? 0 : 1;
                millis[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(millis);
            StringBuilder alone = new StringBuilder();
            MatchIndex index = app.getBean(MatchIndex.class);
            var tx = new org.springframework.transaction.support.TransactionTemplate(
                    app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            List<ClaimView> views = SystemActor.call(() -> queries.stream().map(app.getBean(ClaimService.class)::get).toList());
            long[] sql = new long[views.size()];
            for (int i = 0; i < views.size(); i++) {
                ClaimView v = views.get(i);
                String config = index.entries(v.articleId()).getFirst().config();
                long start = System.nanoTime();
                tx.executeWithoutResult(t -> index.similar(v.text(), config, v.articleId(), MatchService.THRESHOLD, 100));
                sql[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(sql);
            alone.append(String.format("  the index query alone (100 candidates): p50 %.1f ms  p95 %.1f ms%n",
                    at(sql, 0.5), at(sql, 0.95)));
            long[] read = new long[views.size()];
            long[] decided = new long[views.size()];
            ClaimService claimService = app.getBean(ClaimService.class);
            org.claimdesk.review.FinalVerdicts finals = app.getBean(org.claimdesk.review.FinalVerdicts.class);
            for (int i = 0; i < views.size(); i++) {
                ClaimView v = views.get(i);
                String config = index.entries(v.articleId()).getFirst().config();
                long start = System.nanoTime();
                SystemActor.call(() -> claimService.forArticle(v.articleId()));
                read[i] = (System.nanoTime() - start) / 1_000;
                List<Long> ids = tx.execute(t -> index.similar(v.text(), config, v.articleId(), MatchService.THRESHOLD,
                        100)).stream().map(MatchIndex.Hit::claimId).toList();
                start = System.nanoTime();
                SystemActor.call(() -> finals.of(ids));
                decided[i] = (System.nanoTime() - start) / 1_000;
            }
            long[] again = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long id = queries.get(i);
                long start = System.nanoTime();
                SystemActor.call(() -> matches.matches(id, false));
                again[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(again);
            alone.append(String.format("  the same service calls again (pages now cached): p50 %.1f ms  p95 %.1f ms%n",
                    at(again, 0.5), at(again, 0.95)));
            Arrays.sort(read);
            Arrays.sort(decided);
            alone.append(String.format("  reading the article's claims alone: p50 %.1f ms  p95 %.1f ms%n",
                    at(read, 0.5), at(read, 0.95)));
            alone.append(String.format("  final verdicts of the candidates alone: p50 %.1f ms  p95 %.1f ms%n",
                    at(decided, 0.5), at(decided, 0.95)));
            ClaimView first = views.getFirst();
            String firstConfig = index.entries(first.articleId()).getFirst().config();
            List<String> plan = tx.execute(t -> index.explain(first.text(), firstConfig, first.articleId(),
                    MatchService.THRESHOLD, 100));
            Files.write(out.resolveSibling("matching-plan.txt"), plan);
            alone.append("  EXPLAIN (ANALYZE, BUFFERS) of one candidate query: target/benchmarks/matching-plan.txt\n");
            String report = String.format("""
                    Claim matching over %,d claims (%,d with a final verdict), seeded in %,d ms;
                    %d queries from new articles (real sentences with one word dropped), %d found a match:
                      p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (goal p95 <= 50 ms: %s)
                    %s\
                    Machine: %d cores, max heap %d MB, %s %s
                    """, CLAIMS, CLAIMS / 3, seedMillis, queries.size(), found, at(millis, 0.50), at(millis, 0.95),
                    at(millis, 0.99), millis[millis.length - 1] / 1000.0, at(millis, 0.95) <= 50 ? "met" : "NOT met",
                    alone,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            Files.writeString(out, report);
            System.out.print(report);
        }
    }

    private static double at(long[] sortedMicros, double quantile) {
        return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(quantile * sortedMicros.length) - 1)] / 1000.0;
    }

    /** Articles, claims, decisions and the match index written directly (a harness may; the app never does). */
    private static void seed(JdbcTemplate jdbc, List<String[]> sentences, Random random) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int a = 0; a < CLAIMS / PER_ARTICLE; a++) {
            String[] language = sentences.get(random.nextInt(sentences.size()));
            StringBuilder body = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (int c = 0; c < PER_ARTICLE; c++) {
                String s = Sentences.next(sentences, language[0], random);
                int start = body.length();
                body.append(s);
                spans.add(new int[] {start, body.length()});
                body.append(' ');
            }
            String text = body.toString().strip();
            Long article = jdbc.queryForObject("insert into article (title, body, import_method, imported_by, imported_at)"
                    + " values (?, ?, 'PASTE', 'bench', ?) returning article_id", Long.class, "Archive " + a, text, now);
            List<Object[]> claims = new ArrayList<>();
            List<Long> ids = jdbc.queryForList("select nextval('claim_seq') from generate_series(1, ?)", Long.class,
                    PER_ARTICLE);
            for (int c = 0; c < PER_ARTICLE; c++) {
                claims.add(new Object[] {ids.get(c), article, spans.get(c)[0], spans.get(c)[1], now});
            }
            jdbc.batchUpdate("insert into claim (claim_id, article_id, start_offset, end_offset, checkworthiness,"
                    + " checkworthiness_reason, text_changed_at) values (?, ?, ?, ?, 'FACTUAL', 'bench', ?)", claims);
            List<Object[]> index = new ArrayList<>();
            List<Object[]> decisions = new ArrayList<>();
            for (int c = 0; c < PER_ARTICLE; c++) {
                String claimText = text.substring(spans.get(c)[0], spans.get(c)[1]);
                index.add(new Object[] {ids.get(c), article, language[0], claimText, language[0], claimText, now});
                if (c % 3 == 0) {
                    decisions.add(new Object[] {ids.get(c), article, now});
                }
            }
            jdbc.batchUpdate("insert into claim_match (claim_id, article_id, config, text, stems, indexed_at) values"
                    + " (?, ?, cast(? as regconfig), ?, array_to_string(tsvector_to_array(to_tsvector(cast(? as regconfig), ?)), ' '), ?)",
                    index);
            jdbc.batchUpdate("insert into decision_history (claim_id, article_id, editor, revision, verdict, rationale,"
                    + " sources, created_at) values (?, ?, 'bench', 1, 'NOT_ENOUGH_EVIDENCE', 'Seeded.', '[]', ?)", decisions);
        }
        jdbc.execute("analyze claim_match");
        jdbc.execute("analyze decision_history");
    }

    /** New articles of real sentences, each with one word dropped: the queries. */
    private static List<Long> queryClaims(ConfigurableApplicationContext app, List<String[]> sentences, Random random) {
        ArticleService articles = app.getBean(ArticleService.class);
        ClaimService claims = app.getBean(ClaimService.class);
        List<Long> ids = new ArrayList<>();
        while (ids.size() < QUERIES) {
            StringBuilder text = new StringBuilder();
            String config = sentences.get(random.nextInt(sentences.size()))[0];
            List<String[]> same = sentences.stream().filter(s -> s[0].equals(config)).toList();
            for (int i = 0; i < 30; i++) {
                String[] words = same.get(random.nextInt(same.size()))[1].split(" ");
                int drop = random.nextInt(words.length);
                List<String> kept = new ArrayList<>(Arrays.asList(words));
                if (kept.size() > 4) {
                    kept.remove(drop);
                }
                text.append(String.join(" ", kept).replaceAll("[.!?]+$", "")).append(". ");
            }
            long id = articles.importArticle(ArticleDraft.of("Query", text.toString()), ImportMethod.PASTE).id();
            claims.forArticle(id).stream().map(ClaimView::id).forEach(ids::add);
        }
        return ids.subList(0, QUERIES);
    }

    /** Sentences of the corpora, as {config, text}; padding sentences drawn from the same words. */
    static final class Sentences {

        private static final List<String> LANGUAGES = List.of("en:english", "de:german", "es:spanish", "fr:french",
                "it:italian", "pt:portuguese");

        static List<String[]> load() throws Exception {
            Path dir = corpora().resolve("sentences");
            JsonMapper json = JsonMapper.builder().build();
            List<String[]> all = new ArrayList<>();
            for (String language : LANGUAGES) {
                String code = language.substring(0, 2);
                String config = language.substring(3);
                for (String line : Files.readAllLines(dir.resolve(code + ".jsonl"))) {
                    JsonNode doc = json.readTree(line);
                    String text = doc.get("text").asString();
                    for (JsonNode span : doc.get("sentences")) {
                        String s = text.substring(span.get(0).asInt(), span.get(1).asInt()).strip()
                                .replaceAll("\\s+", " ");
                        if (s.split(" ").length >= 5) {
                            all.add(new String[] {config, s});
                        }
                    }
                }
            }
            return all;
        }

        /** A real sentence of the language one time in eight, else words of its sentences at their real frequency. */
        static String next(List<String[]> sentences, String config, Random random) {
            String[] pick;
            do {
                pick = sentences.get(random.nextInt(sentences.size()));
            } while (!pick[0].equals(config));
            if (random.nextInt(8) == 0) {
                return pick[1];
            }
            int length = 8 + random.nextInt(16);
            List<String> words = new ArrayList<>();
            while (words.size() < length) {
                String[] donor;
                do {
                    donor = sentences.get(random.nextInt(sentences.size()));
                } while (!donor[0].equals(config));
                String[] w = donor[1].replaceAll("[.!?]+$", "").split(" ");
                words.add(w[random.nextInt(w.length)]);
            }
            return String.join(" ", words) + ".";
        }

        private static Path corpora() {
            for (String candidate : List.of(System.getProperty("claimdesk.corpora", "../shared/corpora"),
                    "../../shared/corpora", "/work/shared/corpora")) {
                if (Files.isDirectory(Path.of(candidate, "sentences"))) {
                    return Path.of(candidate);
                }
            }
            throw new IllegalStateException("No corpora found; pass -Dclaimdesk.corpora=<dir with sentences/>");
        }
    }
}
